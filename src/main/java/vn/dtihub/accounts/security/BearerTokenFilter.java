package vn.dtihub.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dtihub.accounts.domain.AccountPrincipal;
import vn.dtihub.accounts.domain.ApiTokens;
import vn.dtihub.accounts.domain.Principals;
import vn.dtihub.shared.Problems;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. The scope is computed afresh on
 * every call, so a token never carries a stale one; an unknown, expired or revoked token is a 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final Principals principals;

    BearerTokenFilter(ApiTokens tokens, Principals principals) {
        this.tokens = tokens;
        this.principals = principals;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token =
                request.getHeader("Authorization").substring(PREFIX.length()).strip();
        Optional<AccountPrincipal> principal =
                tokens.authenticate(token).flatMap(principals::forUser).filter(AccountPrincipal::isEnabled);
        if (principal.isEmpty()) {
            Problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "The bearer token is unknown, expired or revoked.",
                    null);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
