package vn.dtihub.units;

/**
 * An agency under a unit: a department or office of its People's Committee, a public service unit, an enterprise;
 * with the agency it was renamed to or merged into from a date, if any (agencies are never deleted).
 */
public record AgencyView(
        long id,
        long unitId,
        Structure structure,
        String unitCode,
        String unitName,
        String unitPath,
        String name,
        String shortName,
        AgencyKind kind,
        boolean active,
        int version,
        Long successorId,
        Succession succession,
        java.time.LocalDate succeededOn) {

    /** Whether the agency was renamed or merged into another on or before a day. */
    public boolean succeededBy(java.time.LocalDate day) {
        return successorId != null && !succeededOn.isAfter(day);
    }
}
