package vn.dtihub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Text responses name their charset: JSON, CSS and JavaScript are UTF-8, said so in the Content-Type, so that no
 * client or browser guesses another one for Vietnamese text.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class CharsetFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Utf8Response(response));
    }

    static String withCharset(String type) {
        if (type == null) {
            return null;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        boolean text = lower.startsWith("application/json")
                || lower.startsWith("application/problem+json")
                || lower.startsWith("text/css")
                || lower.startsWith("text/javascript")
                || lower.startsWith("application/javascript");
        return text && !lower.contains("charset") ? type + ";charset=UTF-8" : type;
    }

    private static final class Utf8Response extends HttpServletResponseWrapper {
        Utf8Response(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(withCharset(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "content-type".equalsIgnoreCase(name) ? withCharset(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "content-type".equalsIgnoreCase(name) ? withCharset(value) : value);
        }
    }
}
