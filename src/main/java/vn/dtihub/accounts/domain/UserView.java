package vn.dtihub.accounts.domain;

import java.time.Instant;
import vn.dtihub.accounts.Role;

/** A user as pages and the API show it: never the password hash. */
public record UserView(
        long id,
        String username,
        String displayName,
        String email,
        Role role,
        Long unitId,
        Long agencyId,
        String unitPath,
        boolean active,
        boolean demo,
        int version,
        Instant createdAt) {}
