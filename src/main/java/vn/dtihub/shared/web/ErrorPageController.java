package vn.dtihub.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.dtihub.shared.Problems;

/**
 * The container's error page (for failures outside the controllers: a filter, a malformed request). Replaces
 * Boot's default so that the API still gets a problem document and a page never shows internals.
 */
@Controller
class ErrorPageController implements org.springframework.boot.webmvc.error.ErrorController {

    private final MessageSource messages;

    ErrorPageController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String key = switch (status.value()) {
            case 400 -> "error.badRequest";
            case 401 -> "error.unauthorized";
            case 403 -> "error.forbidden";
            case 404 -> "error.pageNotFound";
            case 405 -> "error.method";
            default -> status.is4xxClientError() ? "error.badRequest" : "error.unexpected";
        };
        String detail = messages.getMessage(key, null, status.getReasonPhrase(), LocaleContextHolder.getLocale());
        if (Problems.wantsJson(request)) {
            Problems.write(request, response, status, detail, null);
            return null;
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("correlationId", response.getHeader("X-Correlation-Id"));
        return page;
    }
}
