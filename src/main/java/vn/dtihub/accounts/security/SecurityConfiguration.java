package vn.dtihub.accounts.security;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import vn.dtihub.accounts.domain.ApiTokens;
import vn.dtihub.accounts.domain.AuditLog;
import vn.dtihub.accounts.domain.Principals;
import vn.dtihub.shared.DtiHubProperties;

/**
 * Two filter chains: the API (bearer tokens or the browser session, problem documents for errors) and the
 * pages (form login). Both deny by default, protect every state change with CSRF unless a bearer token
 * authenticates it, and send the security headers on every response.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'none'";
    // Swagger UI styles its widgets with inline style attributes; its page alone gets that allowance.
    static final String SWAGGER_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /**
     * Argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane). Not bcrypt: it refuses passwords over 72 bytes,
     * and a long Vietnamese passphrase easily is. Tests lower the memory to stay fast. In NFC, see
     * {@link NfcPasswordEncoder}.
     */
    @Bean
    PasswordEncoder passwordEncoder(DtiHubProperties settings) {
        int memory = settings.security().argon2MemoryKib();
        return new NfcPasswordEncoder(new Argon2PasswordEncoder(16, 32, 1, memory, 2));
    }

    @Bean
    AuthenticationManager authenticationManager(ThrottledAuthentication provider) {
        return new ProviderManager(provider);
    }

    /** The CSRF token in an HTTP-only cookie (the pages hand it to htmx in a meta tag), not in a server session. */
    private static final org.springframework.security.web.csrf.CookieCsrfTokenRepository CSRF_TOKENS = csrfTokens();

    private static org.springframework.security.web.csrf.CookieCsrfTokenRepository csrfTokens() {
        var tokens = new org.springframework.security.web.csrf.CookieCsrfTokenRepository();
        tokens.setCookieName("DTIHUB-CSRF");
        tokens.setHeaderName("X-CSRF-TOKEN");
        tokens.setCookieCustomizer(
                cookie -> cookie.httpOnly(true).sameSite("Lax").path("/"));
        return tokens;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Principals principals, AuditLog audit)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> {
                    PublicRoutes.API.forEach(p -> auth.requestMatchers(p).permitAll());
                    PublicRoutes.ADMINISTRATION.forEach(
                            p -> auth.requestMatchers(p).hasAnyRole("ADMIN", "STANDING_OFFICE"));
                    auth.anyRequest().authenticated();
                })
                .addFilterBefore(new BearerTokenFilter(tokens, principals), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS)
                        .ignoringRequestMatchers(BearerTokenFilter::hasBearer)
                        .ignoringRequestMatchers(PublicRoutes.API.stream()
                                .map(p ->
                                        PathPatternRequestMatcher.withDefaults().matcher(p))
                                .toArray(PathPatternRequestMatcher[]::new)))
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(new LoginEntryPoint()).accessDeniedHandler(new DeniedHandler(audit)))
                .requestCache(cache -> cache.disable())
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuditLog audit, DtiHubProperties settings) throws Exception {
        Duration lifetime = settings.security().sessionLifetime();
        http.authorizeHttpRequests(auth -> {
                    PublicRoutes.PAGES.forEach(p -> auth.requestMatchers(p).permitAll());
                    PublicRoutes.ADMINISTRATION.forEach(
                            p -> auth.requestMatchers(p).hasAnyRole("ADMIN", "STANDING_OFFICE"));
                    auth.anyRequest().authenticated();
                })
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailure()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // Nothing of an anonymous visit goes into a server session (a row per visitor, 30,000 of them from 50
                // connections on the login page for 20 s): the CSRF token and the page asked for before signing in
                // are cookies; the session starts at sign-in, with what it needs.
                .csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS))
                .requestCache(cache -> cache.requestCache(new PathRequestCache()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(new LoginEntryPoint()).accessDeniedHandler(new DeniedHandler(audit)))
                .addFilterAfter(new SessionLifetimeFilter(lifetime), DisableEncodeUrlFilter.class)
                .headers(this::headers);
        return http.build();
    }

    private AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String target = exception instanceof LockedException locked
                    ? "/login?locked="
                            + java.net.URLEncoder.encode(locked.getMessage(), java.nio.charset.StandardCharsets.UTF_8)
                    : "/login?error";
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    private void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .addHeaderWriter((request, response) -> {
                    if (request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui")) {
                        response.setHeader("Content-Security-Policy", SWAGGER_CSP);
                    }
                })
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
