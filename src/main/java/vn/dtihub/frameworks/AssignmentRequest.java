package vn.dtihub.frameworks;

import java.util.List;

/**
 * Assign criteria (by code; a code stands for the criterion and everything under it) to an agency or a unit, in
 * the scope of the unit that assigns (by default the caller's own).
 */
public record AssignmentRequest(
        List<String> criterionCodes,
        Long agencyId,
        String unitCode,
        String unitStructure,
        AssignmentRole role,
        String note,
        String scopeUnitCode,
        String scopeStructure) {}
