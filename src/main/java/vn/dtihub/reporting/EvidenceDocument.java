package vn.dtihub.reporting;

import java.time.LocalDate;

/**
 * A document in a unit's (or agency's) evidence library, cited as documents cite each other: "Quyết định số
 * 51/QĐ-UBND ngày 07/4/2022 của UBND thị xã: …".
 */
public record EvidenceDocument(
        long id,
        String ownerPath,
        Long agencyId,
        String kind,
        String number,
        LocalDate issuedOn,
        String issuer,
        String summary,
        Long fileId,
        String fileName,
        String createdBy) {

    private static final java.util.Map<String, String> KINDS = java.util.Map.of(
            "DECISION",
            "Quyết định",
            "PLAN",
            "Kế hoạch",
            "MINUTES",
            "Biên bản",
            "REPORT",
            "Báo cáo",
            "OTHER",
            "Văn bản");

    /** The citation as documents write it. */
    @com.fasterxml.jackson.annotation.JsonProperty("citation")
    public String citation() {
        StringBuilder out = new StringBuilder(KINDS.getOrDefault(kind, "Văn bản"));
        if (number != null) {
            out.append(" số ").append(number);
        }
        if (issuedOn != null) {
            out.append(" ngày ")
                    .append(issuedOn.getDayOfMonth())
                    .append('/')
                    .append(issuedOn.getMonthValue())
                    .append('/')
                    .append(issuedOn.getYear());
        }
        if (issuer != null) {
            out.append(" của ").append(issuer);
        }
        return out.append(": ").append(summary).toString();
    }
}
