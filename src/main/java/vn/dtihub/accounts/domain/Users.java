package vn.dtihub.accounts.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.Principals.Seat;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitNotFoundException;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * The users pages and API: manage users within one's scope. A standing office manages the users of its
 * subtree and can never create an administrator; every change is audited, and a change of role, seat or status
 * ends the user's sessions and tokens so that the new scope applies at once.
 */
@Service
public class Users {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserRepository users;
    private final Principals principals;
    private final Units units;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final ApiTokens tokens;
    private final FindByIndexNameSessionRepository<?> sessions;

    Users(
            UserRepository users,
            Principals principals,
            Units units,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AuditLog audit,
            ApiTokens tokens,
            FindByIndexNameSessionRepository<?> sessions) {
        this.users = users;
        this.principals = principals;
        this.units = units;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    public List<UserView> list(ScopedPrincipal caller, String text, int offset, int limit) {
        requireAdministers(caller);
        return users.list(caller.scope(), text, offset, limit);
    }

    /** A user the caller may manage; another scope's user is reported as not found. */
    public UserView get(ScopedPrincipal caller, long id) {
        requireAdministers(caller);
        UserView user = users.find(id).orElseThrow(() -> UserNotFoundException.forId(id));
        if (!visible(caller, user)) {
            throw UserNotFoundException.forId(id);
        }
        return user;
    }

    public String seatName(UserView user) {
        return principals.seat(user).name();
    }

    @Transactional
    public UserView create(ScopedPrincipal caller, UserInput input) {
        requireAdministers(caller);
        String username =
                input.username() == null ? "" : input.username().strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "user.usernameInvalid", "Invalid username");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "user.usernameTaken", "This username is taken");
        }
        String displayName = required(input.displayName(), "displayName");
        String email = email(input.email());
        Role role = input.role();
        if (role == null) {
            throw new InvalidInputException("role", "validation.required", "The role is required");
        }
        requireGrantable(caller, role);
        Seat seat = seat(input, role);
        requireSeatInScope(caller, seat);
        policy.check(
                input.password(),
                username,
                seat.unit() == null ? null : seat.unit().name());
        long id = users.insert(
                username,
                displayName,
                email,
                role,
                seatUnitId(seat),
                seatAgencyId(seat),
                seat.path(),
                encoder.encode(input.password()),
                false);
        UserView created = users.find(id).orElseThrow();
        audit.record(
                AuditRecord.of("USER_CREATED", "user", id, created.unitPath()).change(null, describe(created)));
        return created;
    }

    @Transactional
    public UserView update(ScopedPrincipal caller, long id, int version, UserInput input) {
        UserView before = get(caller, id);
        if (before.role() == Role.ADMIN && !isAdmin(caller)) {
            throw new AccessDeniedException("Only an administrator changes an administrator");
        }
        if (input.username() != null && !input.username().strip().equalsIgnoreCase(before.username())) {
            throw new InvalidInputException("username", "user.usernameFixed", "The username cannot be changed");
        }
        String displayName =
                input.displayName() == null ? before.displayName() : required(input.displayName(), "displayName");
        String email = input.email() == null ? before.email() : email(input.email());
        Role role = input.role() == null ? before.role() : input.role();
        if (role != before.role()) {
            requireGrantable(caller, role);
        }
        boolean seatChanged = input.unitCode() != null || input.agencyId() != null;
        Seat seat = seatChanged ? seat(input, role) : principals.seat(before);
        if (seatChanged || role != before.role()) {
            requireSeatInScope(caller, seat);
        }
        boolean active = input.active() == null ? before.active() : input.active();
        if (caller.userId() == id && (!active || role != before.role())) {
            throw new InvalidInputException("role", "user.notSelf", "You cannot change your own role or status");
        }
        if (!users.update(
                id, version, displayName, email, role, seatUnitId(seat), seatAgencyId(seat), seat.path(), active)) {
            throw new ConflictException("error.conflict", "The user was changed by someone else meanwhile");
        }
        UserView after = users.find(id).orElseThrow();
        boolean reset = input.password() != null && !input.password().isEmpty();
        if (reset) {
            setPassword(after, input.password(), "USER_PASSWORD_RESET");
            tokens.revokeAll(id);
        }
        boolean accessChanged = reset
                || role != before.role()
                || !Objects.equals(before.unitPath(), after.unitPath())
                || !Objects.equals(before.agencyId(), after.agencyId())
                || before.active() != active;
        if (accessChanged) {
            endSessions(after.username());
        }
        if (before.active() && !active) {
            tokens.revokeAll(id);
        }
        String action = before.active() && !active
                ? "USER_DEACTIVATED"
                : !before.active() && active ? "USER_REACTIVATED" : "USER_UPDATED";
        audit.record(AuditRecord.of(action, "user", id, after.unitPath()).change(describe(before), describe(after)));
        return after;
    }

    /**
     * An office sets a user's password: every session and every token of the user ends, personal ones too (whoever
     * knew the old password may have made one).
     */
    @Transactional
    public void resetPassword(ScopedPrincipal caller, long id, String password) {
        UserView user = get(caller, id);
        if (user.role() == Role.ADMIN && !isAdmin(caller)) {
            throw new AccessDeniedException("Only an administrator changes an administrator");
        }
        setPassword(user, password, "USER_PASSWORD_RESET");
        endSessions(user.username());
        tokens.revokeAll(user.id());
    }

    /**
     * A user changes their own password: their other sessions and their sign-in tokens end; the session they are in
     * stays. Personal tokens stay too (made on purpose for an integration, listed on the account page to revoke).
     */
    @Transactional
    public void changeOwnPassword(ScopedPrincipal caller, String current, String password, String currentSessionId) {
        UserView user = users.find(caller.userId()).orElseThrow(() -> UserNotFoundException.forId(caller.userId()));
        String hash = users.passwordHash(user.id()).orElseThrow();
        if (current == null || !encoder.matches(current, hash)) {
            throw new InvalidInputException(
                    "currentPassword", "password.wrongCurrent", "The current password is wrong");
        }
        setPassword(user, password, "PASSWORD_CHANGED");
        sessions.findByPrincipalName(user.username()).keySet().stream()
                .filter(id -> !id.equals(currentSessionId))
                .forEach(sessions::deleteById);
        tokens.revokeSignIns(user.id());
    }

    private void setPassword(UserView user, String password, String action) {
        Seat seat = principals.seat(user);
        policy.check(
                password,
                user.username(),
                seat.unit() == null ? null : seat.unit().name());
        users.updatePassword(user.id(), encoder.encode(password));
        audit.record(AuditRecord.of(action, "user", user.id(), user.unitPath()));
    }

    /** Ends every server-side session of a user: they must sign in again and get their new scope. */
    public void endSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    private boolean visible(ScopedPrincipal caller, UserView user) {
        if (caller.scope().national()) {
            return true;
        }
        return user.unitPath() != null && caller.scope().coversUnit(user.unitPath());
    }

    private static boolean isAdmin(ScopedPrincipal caller) {
        return caller.scope().national() && caller.administers();
    }

    private static void requireAdministers(ScopedPrincipal caller) {
        if (!caller.administers()) {
            throw new AccessDeniedException("Only administrators and standing offices manage users");
        }
    }

    private static void requireGrantable(ScopedPrincipal caller, Role role) {
        if (role == Role.ADMIN && !isAdmin(caller)) {
            throw new AccessDeniedException("Only an administrator creates an administrator");
        }
    }

    private static void requireSeatInScope(ScopedPrincipal caller, Seat seat) {
        if (seat.unit() != null && !caller.scope().coversUnit(seat.unit().path())) {
            throw new AccessDeniedException("The seat is outside the caller's scope");
        }
        if (seat.unit() == null && !caller.scope().national()) {
            throw new AccessDeniedException("Only an administrator creates users without a seat");
        }
    }

    private Seat seat(UserInput input, Role role) {
        if (input.agencyId() != null) {
            AgencyView agency = units.agency(input.agencyId())
                    .filter(AgencyView::active)
                    .orElseThrow(() -> new InvalidInputException("agencyId", "user.agencyUnknown", "Unknown agency"));
            UnitView unit = units.findById(agency.unitId()).orElseThrow();
            return new Seat(unit, agency);
        }
        if (input.unitCode() != null && !input.unitCode().isBlank()) {
            Structure structure = input.structure() == null || input.structure().isBlank()
                    ? null
                    : Structure.fromCode(input.structure())
                            .orElseThrow(() -> new InvalidInputException(
                                    "structure", "user.structureUnknown", "Unknown structure"));
            try {
                return new Seat(units.get(structure, input.unitCode().strip()), null);
            } catch (UnitNotFoundException e) {
                throw new InvalidInputException(
                        "unitCode", "user.unitUnknown", "Unknown unit code " + input.unitCode());
            }
        }
        if (role == Role.ADMIN) {
            return new Seat(null, null);
        }
        throw new InvalidInputException("unitCode", "user.seatRequired", "A unit or an agency is required");
    }

    private static Long seatUnitId(Seat seat) {
        return seat.agency() == null && seat.unit() != null ? seat.unit().id() : null;
    }

    private static Long seatAgencyId(Seat seat) {
        return seat.agency() == null ? null : seat.agency().id();
    }

    private static String required(String raw, String field) {
        String value = VietnameseText.nfc(raw);
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(field, "validation.required", "Required");
        }
        if (value.length() > 200) {
            throw new InvalidInputException(field, "validation.tooLong", "Too long");
        }
        return value;
    }

    private static String email(String raw) {
        String value = raw == null ? null : raw.strip();
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new InvalidInputException("email", "user.emailInvalid", "Invalid e-mail address");
        }
        return value;
    }

    private static Map<String, Object> describe(UserView u) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", u.username());
        fields.put("displayName", u.displayName());
        fields.put("role", u.role().name());
        fields.put("unitId", u.unitId());
        fields.put("agencyId", u.agencyId());
        fields.put("active", u.active());
        return fields;
    }
}
