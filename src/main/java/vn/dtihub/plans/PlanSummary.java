package vn.dtihub.plans;

import java.time.LocalDate;

/** A plan as lists show it; a superseded one names the plan that replaced it. */
public record PlanSummary(
        long id,
        String number,
        String title,
        PlanKind kind,
        long issuerUnitId,
        String issuerPath,
        String issuerName,
        String signer,
        LocalDate issuedOn,
        int yearFrom,
        int yearTo,
        PlanStatus status,
        boolean demo,
        int version,
        int taskCount,
        Long supersededBy) {

    public String years() {
        return yearFrom == yearTo ? String.valueOf(yearFrom) : yearFrom + "–" + yearTo;
    }
}
