package vn.dtihub.accounts.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.dtihub.accounts.Role;
import vn.dtihub.shared.Scope;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/** Builds the principal of a user: looks up the seat and turns role and seat into a scope. */
@Component
public class Principals implements UserDetailsService {

    private final UserRepository users;
    private final Units units;

    Principals(UserRepository users, Units units) {
        this.users = users;
        this.units = units;
    }

    @Override
    public AccountPrincipal loadUserByUsername(String username) {
        UserView user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return principal(user, users.passwordHash(user.id()).orElseThrow());
    }

    public Optional<AccountPrincipal> forUser(long id) {
        return users.find(id).map(u -> principal(u, null));
    }

    AccountPrincipal principal(UserView user, String hash) {
        Seat seat = seat(user);
        return new AccountPrincipal(
                user.id(),
                user.username(),
                user.displayName(),
                user.role(),
                scope(user.role(), seat),
                seat.name(),
                seat.path(),
                seat.agency() == null ? null : seat.agency().id(),
                hash,
                user.active());
    }

    public Scope scope(Role role, Seat seat) {
        if (role == Role.ADMIN) {
            return Scope.everything();
        }
        if (seat.unit() == null) {
            return new Scope(false, List.of(), false, null);
        }
        List<String> roots = units.scopeRoots(seat.unit());
        if (role.coversSubtree()) {
            return new Scope(false, roots, true, null);
        }
        if (seat.agency() != null) {
            return new Scope(false, List.of(), false, seat.agency().id());
        }
        return new Scope(false, roots, false, null);
    }

    public Seat seat(UserView user) {
        if (user.agencyId() != null) {
            AgencyView agency = units.agency(user.agencyId()).orElse(null);
            UnitView unit =
                    agency == null ? null : units.findById(agency.unitId()).orElse(null);
            return new Seat(unit, agency);
        }
        if (user.unitId() != null) {
            return new Seat(units.findById(user.unitId()).orElse(null), null);
        }
        return new Seat(null, null);
    }

    /** Where a user sits: a unit, or an agency and the unit it belongs to. */
    public record Seat(UnitView unit, AgencyView agency) {
        public String name() {
            if (agency != null) {
                return agency.name() + " – " + agency.unitName();
            }
            return unit == null ? null : unit.fullName();
        }

        public String path() {
            return unit == null ? null : unit.path();
        }
    }

    /** Stores a password's new hash (made again in NFC at sign-in). */
    public void rehash(long userId, String hash) {
        users.updatePassword(userId, hash);
    }
}
