package vn.dtihub.accounts.domain;

import vn.dtihub.accounts.Role;

/**
 * What an administrator may set on a user. The seat is a unit (its code, and the structure when the code alone
 * is ambiguous) or an agency. A null field in an update leaves the value as it is.
 */
public record UserInput(
        String username,
        String displayName,
        String email,
        Role role,
        String unitCode,
        String structure,
        Long agencyId,
        String password,
        Boolean active) {}
