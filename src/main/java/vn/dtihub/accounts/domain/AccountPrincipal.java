package vn.dtihub.accounts.domain;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.dtihub.accounts.Role;
import vn.dtihub.shared.Scope;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * The signed-in user, held in the session: identity, role, and the scope computed from the seat at sign-in.
 * A change of role or seat ends the user's sessions, so a stale scope never outlives its source.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, ScopedPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Scope scope;
    private final String seatName;
    private final String seatPath;
    private final Long seatAgencyId;
    private String passwordHash;
    private final boolean active;

    public AccountPrincipal(
            long userId,
            String username,
            String displayName,
            Role role,
            Scope scope,
            String seatName,
            String seatPath,
            Long seatAgencyId,
            String passwordHash,
            boolean active) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.scope = scope;
        this.seatName = seatName;
        this.seatPath = seatPath;
        this.seatAgencyId = seatAgencyId;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The unit or agency the user sits in, as a name to show. */
    public String seatName() {
        return seatName;
    }

    @Override
    public Long seatAgencyId() {
        return seatAgencyId;
    }

    @Override
    public String seatPath() {
        return seatPath;
    }

    @Override
    public Scope scope() {
        return scope;
    }

    @Override
    public boolean administers() {
        return role.administers();
    }

    @Override
    public boolean writes() {
        return role != Role.VIEWER;
    }

    @Override
    public boolean signsOff() {
        return role == Role.APPROVER || role.administers();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal p && p.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + "]";
    }
}
