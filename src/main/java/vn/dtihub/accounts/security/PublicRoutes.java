package vn.dtihub.accounts.security;

import java.util.List;

/**
 * The only routes reachable without signing in. Everything else needs authentication (deny by default); the
 * route-inventory test compares the routes that actually answer anonymously against this list.
 */
public final class PublicRoutes {

    public static final List<String> PAGES = List.of(
            "/login",
            "/error",
            "/css/**",
            "/js/**",
            "/img/**",
            "/webjars/**",
            "/favicon.ico",
            "/actuator/health",
            "/actuator/health/**",
            "/actuator/info",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui/**",
            "/swagger-ui.html",
            // Published results, without login: a standing office decided they are public.
            "/public/**");

    public static final List<String> API = List.of("/api/v1/auth/token", "/api/v1/open/**");

    /** Route prefixes for administration: only administrators and standing offices reach them. */
    public static final List<String> ADMINISTRATION =
            List.of("/admin/**", "/api/v1/users/**", "/api/v1/users", "/api/v1/audit/**", "/api/v1/audit");

    private PublicRoutes() {}
}
