package vn.dtihub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dtihub.shared.Problems;

/**
 * A query parameter that cannot be text (a NUL or other control character, a broken %-escape, more than 2,000
 * characters) is refused with 400 naming it, before any code reads it: the database would otherwise fail on it with a
 * 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ParameterFilter extends OncePerRequestFilter {

    static final int MAX_VALUE = 2_000;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String rawName = eq < 0 ? pair : pair.substring(0, eq);
                String name;
                String value;
                try {
                    name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
                    value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    refuse(request, response, rawName.length() > 50 ? rawName.substring(0, 50) : rawName);
                    return;
                }
                if (!text(name) || !text(value) || value.length() > MAX_VALUE) {
                    refuse(request, response, name.length() > 50 ? name.substring(0, 50) : name);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String name)
            throws IOException {
        String safe = name.replaceAll("[\\p{Cntrl}]", "?");
        String detail =
                "Giá trị của tham số " + safe + " không hợp lệ (ký tự điều khiển, mã % hỏng hoặc quá dài). / The"
                        + " parameter " + safe + " is not valid text.";
        if (Problems.wantsJson(request)) {
            Problems.write(request, response, HttpStatus.BAD_REQUEST, detail, safe);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value(), detail);
        }
    }
}
