package vn.dtihub.accounts.web;

import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.UserView;

/** The user form of the pages (create and edit). */
record UserForm(
        String username,
        String displayName,
        String email,
        Role role,
        String unitCode,
        String structure,
        Long agencyId,
        String password,
        Boolean active,
        Integer version) {

    static UserForm empty() {
        return new UserForm(null, null, null, Role.REPORTER, null, null, null, null, true, 0);
    }

    static UserForm of(UserView user, String unitCode, String structure) {
        return new UserForm(
                user.username(),
                user.displayName(),
                user.email(),
                user.role(),
                user.agencyId() == null ? unitCode : null,
                user.agencyId() == null ? structure : null,
                user.agencyId(),
                null,
                user.active(),
                user.version());
    }

    UserInput input() {
        return new UserInput(
                username,
                displayName,
                email,
                role,
                blankToNull(unitCode),
                blankToNull(structure),
                agencyId,
                blankToNull(password),
                active);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
