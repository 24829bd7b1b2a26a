package vn.dtihub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import vn.dtihub.shared.Problems;

/** How the error advices answer: a problem document for the API, the error page or its fragment for a browser. */
final class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(
                request,
                response,
                HttpStatus.INTERNAL_SERVER_ERROR,
                text("error.unexpected", "Unexpected error"),
                null);
    }

    ModelAndView respond(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail, String field)
            throws IOException {
        if (Problems.wantsJson(request)) {
            Problems.write(request, response, status, detail, field);
            return null;
        }
        ModelAndView page = new ModelAndView(Problems.isHtmx(request) ? "error :: message" : "error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("correlationId", request.getAttribute(Problems.CORRELATION_ID));
        if (Problems.isHtmx(request)) {
            // htmx does not swap error responses by default; tell it to show this message in place.
            response.setHeader("HX-Reswap", "innerHTML");
        }
        return page;
    }

    String text(String key, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
    }
}
