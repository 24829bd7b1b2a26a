package vn.dtihub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a link asks for ({@code ?lang=en}, {@code ?lang=vi}) is remembered before anything else runs: a signed-out
 * user who follows an English link is sent to the login page, and that page is already in English.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class LanguageFilter extends OncePerRequestFilter {

    private final LocaleResolver locales;

    LanguageFilter(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String lang = request.getParameter("lang");
        if ("en".equals(lang) || "vi".equals(lang)) {
            locales.setLocale(
                    request, response, "en".equals(lang) ? Locale.ENGLISH : vn.dtihub.shared.VietnameseText.LOCALE);
        }
        chain.doFilter(request, response);
    }
}
