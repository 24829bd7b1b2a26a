package vn.dtihub.frameworks;

/**
 * One line of an assignment table ("Phụ lục 01"): in the scope of a unit (the one that assigns), a criterion (and
 * everything under it) given to an agency or a unit with a role.
 */
public record Assignment(
        long id,
        long frameworkId,
        long criterionId,
        String criterionCode,
        String criterionName,
        long scopeUnitId,
        String scopePath,
        Long agencyId,
        Long unitId,
        String assigneeName,
        String assigneePath,
        AssignmentRole role,
        String note) {}
