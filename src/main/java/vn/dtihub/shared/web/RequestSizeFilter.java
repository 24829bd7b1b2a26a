package vn.dtihub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dtihub.shared.Problems;

/**
 * Refuses an oversized JSON or form body before anything reads it: a client error naming the limit, never a
 * server buffering megabytes or failing with a 500. Multipart uploads have their own, larger limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeFilter(@Value("${dtihub.max-body-bytes:1048576}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > maxBytes) {
            String detail = "The request body is larger than " + maxBytes + " bytes.";
            if (Problems.wantsJson(request)) {
                Problems.write(request, response, HttpStatus.BAD_REQUEST, detail, null);
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value(), detail);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
