package vn.dtihub.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import vn.dtihub.shared.Problems;

/**
 * What an unauthenticated request gets: the API a 401 problem; an htmx request (a fragment whose session
 * expired) an {@code HX-Redirect} to the login page, so the browser shows the login page rather than pasting it
 * into a fragment; a page a redirect to the login page.
 */
class LoginEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String login = request.getContextPath() + "/login";
        if (Problems.isHtmx(request)) {
            response.setHeader("HX-Redirect", login + "?expired");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        if (Problems.wantsJson(request)) {
            Problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Authentication is required: sign in or send a bearer token.",
                    null);
            return;
        }
        response.sendRedirect(login);
    }
}
