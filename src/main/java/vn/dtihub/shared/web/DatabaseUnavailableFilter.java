package vn.dtihub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import vn.dtihub.shared.Problems;
import vn.dtihub.shared.db.DatabaseGuard;

/**
 * While the database does not answer, every request that needs it is answered at once with 503 and "nothing was
 * saved" (a problem for the API, a page for the browser, with Retry-After), instead of waiting seconds for a
 * connection and failing with a 500. Health probes and static files pass: they need no database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private final DatabaseGuard guard;
    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseUnavailableFilter(DatabaseGuard guard, MessageSource messages, LocaleResolver locales) {
        this.guard = guard;
        this.messages = messages;
        this.locales = locales;
    }

    /** The bundle's "nothing was saved" (error.databaseUnavailable), in the reader's language. */
    private String message(HttpServletRequest request) {
        return messages.getMessage("error.databaseUnavailable", null, locales.resolveLocale(request));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (guard.available()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", "5");
        if (Problems.wantsJson(request)) {
            Problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, message(request), null);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        byte[] page = ("<!DOCTYPE html><html lang=\""
                        + locales.resolveLocale(request).getLanguage()
                        + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<meta http-equiv=\"refresh\" content=\"5\"><title>DTI Hub</title></head>"
                        + "<body style=\"font-family:sans-serif;margin:2rem;max-width:40rem\"><main><h1>DTI Hub</h1>"
                        + "<p>" + message(request) + "</p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
