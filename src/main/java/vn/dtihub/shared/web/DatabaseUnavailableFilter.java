package vn.dtihub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
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

    static final String MESSAGE_VI = "Cơ sở dữ liệu tạm thời không truy cập được: chưa có gì được lưu.";
    static final String MESSAGE_EN = "The database is not available right now: nothing was saved.";

    private final DatabaseGuard guard;

    DatabaseUnavailableFilter(DatabaseGuard guard) {
        this.guard = guard;
    }

    /** Vietnamese unless the reader chose English (the language cookie of every page). */
    private static boolean english(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie c : request.getCookies()) {
                if ("dtihub-lang".equals(c.getName())) {
                    return c.getValue().startsWith("en");
                }
            }
        }
        return false;
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
            boolean english = english(request);
            Problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, english ? MESSAGE_EN : MESSAGE_VI, null);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        byte[] page = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<meta http-equiv=\"refresh\" content=\"5\"><title>DTI Hub</title></head>"
                        + "<body style=\"font-family:sans-serif;margin:2rem;max-width:40rem\"><main><h1>DTI Hub</h1>"
                        + "<p>" + MESSAGE_VI + " Trang sẽ tự tải lại sau vài giây.</p>"
                        + "<p lang=\"en\">" + MESSAGE_EN + " This page reloads by itself in a few seconds.</p>"
                        + "</main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
