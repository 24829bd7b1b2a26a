package vn.dtihub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Model attributes every page's layout needs. */
@ControllerAdvice
class PageModel {

    /** The current page in the other language: same path and query, with {@code lang} switched. */
    @ModelAttribute("languageSwitchUrl")
    String languageSwitchUrl(HttpServletRequest request) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        String query = request.getQueryString();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam("lang", english ? "vi" : "en")
                .build()
                .toUriString();
    }
}
