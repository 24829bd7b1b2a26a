package vn.dtihub.accounts.security;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dtihub.accounts.domain.AccountPrincipal;
import vn.dtihub.accounts.domain.AuditLog;
import vn.dtihub.accounts.domain.LoginThrottle;
import vn.dtihub.accounts.domain.Principals;
import vn.dtihub.shared.AuditRecord;

/**
 * Password sign-in for the login form and the token endpoint alike: refused while the account or the address
 * is locked (saying until when), every failure counted and audited, every success audited.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(vn.dtihub.shared.VietnamTime.ZONE);

    private final Principals principals;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    // Checked against when the username is unknown, so that both paths cost one hash check.
    private final String dummyHash;

    ThrottledAuthentication(Principals principals, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        this.principals = principals;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.dummyHash = encoder.encode("no such user, no such password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username =
                authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        String address = remoteAddress();
        Optional<Instant> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            audit.recordAs(null, username, AuditRecord.of("LOGIN_REFUSED_LOCKED", "user", username, null));
            throw new LockedException(TIME.format(locked.get()));
        }
        AccountPrincipal principal;
        try {
            principal = principals.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            encoder.matches(password, dummyHash);
            throw failure(username, address, null, null);
        }
        if (!encoder.matches(password, principal.getPassword())) {
            throw failure(username, address, principal.userId(), principal.seatPath());
        }
        if (!principal.isEnabled()) {
            audit.recordAs(
                    principal.userId(),
                    principal.username(),
                    AuditRecord.of("LOGIN_REFUSED_INACTIVE", "user", principal.userId(), principal.seatPath()));
            throw new DisabledException("inactive");
        }
        throttle.succeeded(username, address);
        if (encoder instanceof NfcPasswordEncoder nfc && nfc.upgrades(password, principal.getPassword())) {
            principals.rehash(principal.userId(), encoder.encode(password));
        }
        principal.eraseCredentials();
        audit.recordAs(
                principal.userId(),
                principal.username(),
                AuditRecord.of("LOGIN", "user", principal.userId(), principal.seatPath()));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private AuthenticationException failure(String username, String address, Long userId, String seatPath) {
        Optional<Instant> lock = throttle.failed(username, address);
        audit.recordAs(
                userId,
                username,
                AuditRecord.of("LOGIN_FAILED", "user", userId == null ? username : userId, seatPath)
                        .withDetail(lock.map(l -> "locked until " + l).orElse(null)));
        if (lock.isPresent()) {
            return new LockedException(TIME.format(lock.get()));
        }
        return new BadCredentialsException("bad credentials");
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
