package vn.dtihub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The database's failures as a user can act on them: gone away (503, nothing saved, try again) or a value it cannot
 * store (400). Consulted before {@link ErrorResponses}, whose catch-all would otherwise take them.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseErrors {

    private static final Logger log = LoggerFactory.getLogger(DatabaseErrors.class);

    private final ErrorPages pages;

    DatabaseErrors(MessageSource messages) {
        this.pages = new ErrorPages(messages);
    }

    /**
     * The database went away mid-request (a restart, a failover, a dropped connection): the transaction was rolled back
     * with its connection, so nothing of the request remains, and the user may simply try again.
     */
    @ExceptionHandler({
        org.springframework.dao.DataAccessResourceFailureException.class,
        org.springframework.dao.RecoverableDataAccessException.class,
        org.springframework.dao.TransientDataAccessResourceException.class,
        org.springframework.transaction.CannotCreateTransactionException.class
    })
    ModelAndView databaseAway(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.warn("Database unavailable during {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return databaseUnavailable(request, response);
    }

    /**
     * A transaction whose connection died under it cannot even be rolled back on that connection (the server rolled
     * it back already): that is the database going away too. Any other failure to commit or roll back is unexpected.
     */
    @ExceptionHandler(org.springframework.transaction.TransactionSystemException.class)
    ModelAndView transactionFailed(
            org.springframework.transaction.TransactionSystemException e,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (connectionLost(e) || connectionLost(e.getApplicationException())) {
            log.warn(
                    "Database connection lost during {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getApplicationException() == null
                            ? e.getMessage()
                            : e.getApplicationException().getMessage());
            return databaseUnavailable(request, response);
        }
        return pages.unexpected(e, request, response);
    }

    /** A connection error (SQL state class 08) or the server ending the session (57P01-57P03) anywhere in the chain. */
    static boolean connectionLost(Throwable e) {
        return sqlState(e, "08", "57P");
    }

    /** Whether an SQL exception in the chain has a state starting with one of the prefixes. */
    private static boolean sqlState(Throwable e, String... prefixes) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                for (String prefix : prefixes) {
                    if (sql.getSQLState().startsWith(prefix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private ModelAndView databaseUnavailable(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return pages.respond(
                request,
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                pages.text("error.databaseUnavailable", "The database is not available right now: nothing was saved"),
                null);
    }

    /**
     * A value the database cannot store as given (a NUL character in a text, a number out of its column's range): the
     * request is refused as bad input, nothing was saved.
     */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    ModelAndView dataRejected(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (dataException(e)) {
            log.warn(
                    "Value refused by the database on {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getMessage());
            return pages.respond(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    pages.text("error.valueNotStorable", "A value cannot be stored as given: nothing was saved"),
                    null);
        }
        return pages.unexpected(e, request, response);
    }

    /** SQL state class 22 (data exception): the value, not the system, is wrong. */
    static boolean dataException(Throwable e) {
        return sqlState(e, "22");
    }
}
