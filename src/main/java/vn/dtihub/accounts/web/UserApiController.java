package vn.dtihub.accounts.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.AccountPrincipal;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.UserView;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.shared.InvalidInputException;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts within the caller's scope (administrators and standing offices)")
class UserApiController {

    private final Users accounts;

    UserApiController(Users accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Users within the caller's scope")
    List<UserJson> list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            @AuthenticationPrincipal AccountPrincipal me) {
        if (size < 1 || size > 1000 || page < 0) {
            throw new InvalidInputException("size", "error.typeMismatch", "size is 1..1000 and page not negative");
        }
        return accounts.list(me, q, page * size, size).stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user (404 outside the caller's scope)")
    UserJson get(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        return json(accounts.get(me, id));
    }

    @PostMapping
    @Operation(summary = "Create a user seated in a unit (unitCode) or an agency (agencyId)")
    ResponseEntity<UserJson> create(@RequestBody UserRequest request, @AuthenticationPrincipal AccountPrincipal me) {
        UserView created = accounts.create(me, request.input());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(json(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a user; send the version you read (409 if stale). A password here resets it.")
    UserJson update(
            @PathVariable long id, @RequestBody UserRequest request, @AuthenticationPrincipal AccountPrincipal me) {
        int version = request.version() != null
                ? request.version()
                : accounts.get(me, id).version();
        return json(accounts.update(me, id, version, request.input()));
    }

    private UserJson json(UserView u) {
        String[] path = u.unitPath() == null ? new String[0] : u.unitPath().split("/");
        String unitCode = u.agencyId() == null && path.length > 1 ? path[path.length - 1] : null;
        return new UserJson(
                u.id(),
                u.username(),
                u.displayName(),
                u.email(),
                u.role().name(),
                unitCode,
                path.length > 1 ? path[0] : null,
                u.agencyId(),
                accounts.seatName(u),
                u.active(),
                u.version());
    }

    /** What a client may send. Anything else in the body (an id, a scope, a demo flag) is ignored. */
    record UserRequest(
            String username,
            String displayName,
            String email,
            Role role,
            String unitCode,
            String structure,
            Long agencyId,

            @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
            String password,

            Boolean active,
            Integer version) {
        UserInput input() {
            return new UserInput(username, displayName, email, role, unitCode, structure, agencyId, password, active);
        }

        @Override
        public String toString() {
            return "UserRequest[" + username + "]";
        }
    }

    record UserJson(
            long id,
            String username,
            String displayName,
            String email,
            String role,
            String unitCode,
            String structure,
            Long agencyId,
            String seat,
            boolean active,
            int version) {}
}
