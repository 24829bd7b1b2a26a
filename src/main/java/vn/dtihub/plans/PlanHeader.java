package vn.dtihub.plans;

import java.time.LocalDate;

/** What a user sets on a plan itself. */
public record PlanHeader(
        String number,
        String title,
        PlanKind kind,
        String signer,
        LocalDate issuedOn,
        Integer yearFrom,
        Integer yearTo) {}
