package vn.dtihub.reporting;

import java.time.LocalDate;

/**
 * A reporting period as lists show it: what it covers, its deadlines by level, and its forms' count; {@code structure}
 * is the structure of units its forms are in, the one in force at its end (a current province's period for 2024 is
 * over the pre-2025 units it was formed from).
 */
public record PeriodSummary(
        long id,
        long frameworkId,
        String frameworkName,
        Long scopeUnitId,
        String scopePath,
        PeriodKind kind,
        String title,
        LocalDate coversFrom,
        LocalDate coversTo,
        LocalDate dueCommune,
        LocalDate dueDistrict,
        LocalDate dueProvince,
        boolean open,
        int formCount,
        int version,
        java.time.Instant publishedAt,
        java.time.Instant appealUntil,
        vn.dtihub.units.Structure structure) {

    /** Whether a unit may still appeal the published results at an instant. */
    public boolean appealsOpen(java.time.Instant now) {
        return publishedAt != null && appealUntil != null && now.isBefore(appealUntil);
    }

    /** The deadline of a form at a level. */
    public LocalDate dueFor(String level) {
        return switch (level) {
            case "COMMUNE" -> dueCommune;
            case "DISTRICT" -> dueDistrict;
            default -> dueProvince;
        };
    }
}
