package vn.dtihub.accounts.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import vn.dtihub.accounts.domain.AuditLog;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.Problems;

/** A refused request: audited, then a 403 problem for the API or the error page for a browser. */
class DeniedHandler implements AccessDeniedHandler {

    private final AuditLog audit;

    DeniedHandler(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        boolean csrf = e instanceof CsrfException;
        audit.record(AuditRecord.of(
                csrf ? "CSRF_REJECTED" : "ACCESS_DENIED",
                "route",
                request.getMethod() + " " + request.getRequestURI(),
                null));
        if (Problems.isHtmx(request) && csrf) {
            // A stale form token after a session ended: send the user to sign in again.
            response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return;
        }
        if (Problems.wantsJson(request)) {
            Problems.write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    csrf ? "Missing or invalid CSRF token." : "You are not allowed to do this.",
                    null);
            return;
        }
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}
