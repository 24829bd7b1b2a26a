package vn.dtihub.frameworks;

import java.time.LocalDate;
import java.util.List;

/** A framework as lists show it. */
public record FrameworkSummary(
        long id,
        String name,
        String description,
        String decisionNumber,
        LocalDate decisionDate,
        Long issuerUnitId,
        String issuerPath,
        String issuerName,
        List<Subject> subjects,
        Integer yearFrom,
        Integer yearTo,
        FrameworkStatus status,
        boolean sample,
        long familyId,
        Long previousId,
        String versionLabel,
        int version,
        int criteriaCount,
        RankTies rankTies) {

    public boolean editable() {
        return status == FrameworkStatus.DRAFT;
    }

    public String years() {
        if (yearFrom == null) {
            return "";
        }
        return yearTo == null || yearTo.equals(yearFrom) ? String.valueOf(yearFrom) : yearFrom + "–" + yearTo;
    }
}
