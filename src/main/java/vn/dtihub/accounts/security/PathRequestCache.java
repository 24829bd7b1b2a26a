package vn.dtihub.accounts.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * The page asked for before signing in, kept in a cookie (no server session for an anonymous visitor) as a path of
 * this site only, never a full URL: neither a forged Host header nor an outside address comes back as a redirect.
 */
final class PathRequestCache implements RequestCache {

    static final String COOKIE = "DTIHUB-CONTINUE";

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        if (!"GET".equals(request.getMethod()) || "true".equals(request.getHeader("HX-Request"))) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        Cookie cookie = new Cookie(
                COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(path.getBytes(StandardCharsets.UTF_8)));
        cookie.setHttpOnly(true);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(600);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName())) {
                try {
                    String path = new String(Base64.getUrlDecoder().decode(c.getValue()), StandardCharsets.UTF_8);
                    if (path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")) {
                        return new SimpleSavedRequest(request.getContextPath() + path);
                    }
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        return null;
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, "");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }
}
