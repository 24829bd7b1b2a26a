package vn.dtihub.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.accounts.domain.AccountPrincipal;
import vn.dtihub.accounts.domain.ApiTokens;
import vn.dtihub.accounts.domain.ApiTokens.TokenInfo;
import vn.dtihub.shared.InvalidInputException;

@RestController
@Tag(name = "Authentication", description = "Bearer tokens for API clients")
class TokenApiController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;

    TokenApiController(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "Exchange a username and password for a bearer token (12 hours); throttled like sign-in")
    ResponseEntity<?> token(@RequestBody(required = false) Credentials credentials) {
        if (credentials == null
                || credentials.username() == null
                || credentials.username().isBlank()) {
            throw new InvalidInputException("username", "validation.required", "username is required");
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            throw new InvalidInputException("password", "validation.required", "password is required");
        }
        Authentication result;
        try {
            result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username(), credentials.password()));
        } catch (LockedException e) {
            return problem(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed attempts: try again after " + e.getMessage() + " (Asia/Ho_Chi_Minh).");
        } catch (DisabledException e) {
            return problem(HttpStatus.UNAUTHORIZED, "Wrong username or password.");
        } catch (AuthenticationException e) {
            return problem(HttpStatus.UNAUTHORIZED, "Wrong username or password.");
        }
        AccountPrincipal me = (AccountPrincipal) result.getPrincipal();
        var issued = tokens.issue(
                me.userId(), me.seatPath(), ApiTokens.SIGN_IN_NAME + Instant.now(), ApiTokens.SIGN_IN_LIFETIME);
        return ResponseEntity.ok(new IssuedJson(issued.token(), "Bearer", issued.expiresAt(), issued.id()));
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who the caller is, and their scope")
    MeJson me(@AuthenticationPrincipal AccountPrincipal me) {
        return new MeJson(
                me.userId(),
                me.username(),
                me.displayName(),
                me.role().name(),
                me.seatName(),
                me.scope().national(),
                me.scope().unitPaths(),
                me.scope().agencyId());
    }

    @GetMapping("/api/v1/me/tokens")
    @Operation(summary = "The caller's tokens (never their values)")
    List<TokenInfo> myTokens(@AuthenticationPrincipal AccountPrincipal me) {
        return tokens.ofUser(me.userId());
    }

    @PostMapping("/api/v1/me/tokens")
    @Operation(summary = "Create a personal token (90 days); its value is returned once")
    ResponseEntity<IssuedJson> create(@RequestBody NewToken request, @AuthenticationPrincipal AccountPrincipal me) {
        var issued = tokens.issue(me.userId(), me.seatPath(), request.name(), ApiTokens.PERSONAL_LIFETIME);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new IssuedJson(issued.token(), "Bearer", issued.expiresAt(), issued.id()));
    }

    @DeleteMapping("/api/v1/me/tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens")
    ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        if (!tokens.revoke(me.userId(), id, me.seatPath())) {
            throw new TokenNotFoundException(id);
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<?> problem(HttpStatus status, String detail) {
        var body = org.springframework.http.ProblemDetail.forStatusAndDetail(status, detail);
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    record Credentials(String username, String password) {
        @Override
        public String toString() {
            return "Credentials[" + username + "]";
        }
    }

    record NewToken(String name) {}

    record IssuedJson(String token, String tokenType, Instant expiresAt, long id) {}

    record MeJson(
            long id,
            String username,
            String displayName,
            String role,
            String seat,
            boolean national,
            List<String> unitPaths,
            Long agencyId) {}
}
