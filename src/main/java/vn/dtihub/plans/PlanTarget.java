package vn.dtihub.plans;

import java.math.BigDecimal;

/** A target (chỉ tiêu): a statement, the value to reach and by when, who leads it, and its latest value. */
public record PlanTarget(
        long id,
        long planId,
        int position,
        String statement,
        String area,
        String unitOfMeasure,
        BigDecimal baseline,
        BigDecimal goal,
        Integer goalYear,
        boolean yesNo,
        BigDecimal latestValue,
        Long leadAgencyId,
        String leadName,
        String coordinators,
        String note,
        Long criterionId,
        String criterionLabel,
        Long sourceTargetId,
        int version,
        java.util.List<TargetHorizon> horizons,
        java.util.List<Revision> revisions) {

    /** What the target said before an amendment after issue, when and by whom it was replaced. */
    public record Revision(String wording, java.time.OffsetDateTime replacedAt, String replacedBy) {}

    /** Progress towards the goal, 0–100, when both are known. */
    public Integer progressPercent() {
        if (goal == null || latestValue == null || goal.signum() == 0) {
            return null;
        }
        return Math.min(
                100,
                latestValue
                        .multiply(BigDecimal.valueOf(100))
                        .divide(goal, 0, java.math.RoundingMode.HALF_UP)
                        .intValue());
    }

    /** The target in one line, as an amendment's history shows it: "Tỷ lệ …: 80% (2024) · 100% (2025)". */
    public String wording() {
        String values;
        if (yesNo) {
            values = "Có" + (goalYear == null ? "" : " (" + goalYear + ")");
        } else if (!horizons.isEmpty()) {
            values = String.join(
                    " · ",
                    horizons.stream()
                            .map(h -> plain(h.value()) + (unitOfMeasure == null ? "" : unitOfMeasure) + " (" + h.year()
                                    + ")")
                            .toList());
        } else {
            values = goal == null
                    ? ""
                    : plain(goal)
                            + (unitOfMeasure == null ? "" : unitOfMeasure)
                            + (goalYear == null ? "" : " (" + goalYear + ")");
        }
        return values.isEmpty() ? statement : statement + ": " + values;
    }

    /** The values by year as the edit form takes them: "2024=80; 2025=99,5". */
    public String horizonsText() {
        return String.join(
                "; ",
                horizons.stream().map(h -> h.year() + "=" + plain(h.value())).toList());
    }

    /** The baseline as the forms take it ("60,5"), or empty. */
    public String baselineText() {
        return baseline == null ? "" : plain(baseline);
    }

    /** The goal as the edit form takes it ("99,5"), or empty. */
    public String goalText() {
        return goal == null ? "" : plain(goal);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
