package vn.dtihub.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and a cookie remembers the choice. Static files are
 * served from their own folders only, not from a catch-all {@code /**}: with the catch-all, every link a page builds
 * ({@code /plans/6?editTask=3}) was first looked up as a file in the jar, about a third of a millisecond each.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("dtihub-lang");
        resolver.setDefaultLocale(vn.dtihub.shared.VietnameseText.LOCALE);
        // Without a remembered choice, pages are Vietnamese whatever the browser says (officials' browsers are often
        // installed in English); an API client that asks for English first gets English messages.
        resolver.setDefaultLocaleFunction(request -> {
            String accept = request.getHeader("Accept-Language");
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            return api
                            && accept != null
                            && accept.strip().toLowerCase(Locale.ROOT).startsWith("en")
                    ? Locale.ENGLISH
                    : vn.dtihub.shared.VietnameseText.LOCALE;
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // WebJar links carry their version (/webjars/htmx.org/2.0.10/…), so a browser may keep them for a year.
        CacheControl year =
                CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        registry.addResourceHandler("/css/**", "/js/**", "/img/**")
                .addResourceLocations("classpath:/static/css/", "classpath:/static/js/", "classpath:/static/img/")
                .setCacheControl(CacheControl.noCache())
                // Resolved once, then remembered: every link a page writes is checked against these folders, and
                // without the cache each /css/… link was a lookup in the jar.
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(year)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
