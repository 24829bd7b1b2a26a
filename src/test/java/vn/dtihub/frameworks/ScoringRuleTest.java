package vn.dtihub.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.frameworks.ScoringRule.RuleInput;

/** The rules with the numbers of the documents they come from (Cao Lãnh district criteria, the seeds' plans). */
class ScoringRuleTest {

    private static final org.springframework.context.support.ResourceBundleMessageSource MESSAGES =
            new org.springframework.context.support.ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    /** The rule's line as the page shows it, in Vietnamese or in English. */
    private static String explain(ScoringRule rule, BigDecimal max, boolean english) {
        return MESSAGES.getMessage(
                rule.explanation(max), english ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("vi"));
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void whoChairsTheSteeringCommitteeGivesFullHalfOrNoPoints() {
        ScoringRule chair = new ScoringRule.Choices(List.of(
                new ScoringRule.Choices.Choice("CHU_TICH", "Bí thư hoặc Chủ tịch", n("10")),
                new ScoringRule.Choices.Choice("PHO_CHU_TICH", "Phó Chủ tịch", n("5")),
                new ScoringRule.Choices.Choice("KHONG", "Không có", n("0"))));
        assertThat(chair.problems(n("10"))).isEmpty();
        assertThat(chair.points(RuleInput.choice("CHU_TICH"), n("10"))).contains(n("10"));
        assertThat(chair.points(RuleInput.choice("PHO_CHU_TICH"), n("10"))).contains(n("5"));
        assertThat(chair.points(RuleInput.choice("KHONG"), n("10"))).contains(n("0"));
        assertThat(explain(chair, n("10"), false))
                .isEqualTo("Bí thư hoặc Chủ tịch → 10; Phó Chủ tịch → 5; Không có → 0");
    }

    @Test
    void meetingsScoreBySteps() {
        ScoringRule meetings = new ScoringRule.Steps(List.of(
                new ScoringRule.Steps.Step(n("4"), n("20")), new ScoringRule.Steps.Step(n("3"), n("15")),
                new ScoringRule.Steps.Step(n("2"), n("10")), new ScoringRule.Steps.Step(n("1"), n("5"))));
        assertThat(meetings.points(RuleInput.of(n("6")), n("20"))).contains(n("20"));
        assertThat(meetings.points(RuleInput.of(n("3")), n("20"))).contains(n("15"));
        assertThat(meetings.points(RuleInput.of(n("1")), n("20"))).contains(n("5"));
        assertThat(meetings.points(RuleInput.of(n("0")), n("20"))).contains(BigDecimal.ZERO);
        assertThat(explain(meetings, n("20"), false))
                .isEqualTo("theo bậc: ≥ 4 → 20; ≥ 3 → 15; ≥ 2 → 10; ≥ 1 → 5; còn lại 0");
        assertThat(explain(meetings, n("20"), true))
                .isEqualTo("steps: ≥ 4 → 20; ≥ 3 → 15; ≥ 2 → 10; ≥ 1 → 5; otherwise 0");
    }

    @Test
    void aRatioTimesTheMaximum() {
        ScoringRule ratio = new ScoringRule.Ratio();
        assertThat(ratio.points(RuleInput.ratio(n("95"), n("100")), n("10")))
                .map(BigDecimal::stripTrailingZeros)
                .contains(n("9.5"));
        assertThat(ratio.points(RuleInput.ratio(n("120"), n("100")), n("10")))
                .as("capped")
                .map(BigDecimal::stripTrailingZeros)
                .contains(n("1E+1"));
        assertThat(ratio.points(RuleInput.ratio(n("3"), n("0")), n("10"))).contains(BigDecimal.ZERO);
        assertThat(explain(ratio, n("10"), false)).isEqualTo("a/b × 10 điểm (tỷ lệ × điểm tối đa)");
    }

    @Test
    void aRatioKeepsFullPrecisionAndIsRoundedOnlyWhereShown() {
        // 2/3 × 10 = 6,666…: kept to 17 digits, not 6,67, so that three of them add up to 20.
        BigDecimal twoThirds = new ScoringRule.Ratio()
                .points(RuleInput.ratio(n("2"), n("3")), n("10"))
                .orElseThrow();
        assertThat(twoThirds.precision()).isEqualTo(17);
        assertThat(twoThirds.multiply(n("3")).subtract(n("20")).abs()).isLessThan(n("1e-14"));
        assertThat(vn.dtihub.shared.Figures.pointsText(twoThirds)).isEqualTo("6,67");
    }

    @Test
    void percentOfTargetIsLinearAndCapped() {
        ScoringRule share = new ScoringRule.PercentOfTarget(n("20"));
        assertThat(share.points(RuleInput.of(n("10")), n("10")))
                .map(BigDecimal::stripTrailingZeros)
                .contains(n("5"));
        assertThat(share.points(RuleInput.of(n("25")), n("10"))).contains(n("10"));
        assertThat(new ScoringRule.PercentOfTarget(null).problems(n("10"))).isNotEmpty();
    }

    @Test
    void yesNoCountsAndReviewerRanges() {
        assertThat(explain(new ScoringRule.YesNo(), n("10"), false)).isEqualTo("10 điểm nếu có, 0 nếu không");
        assertThat(explain(new ScoringRule.YesNo(), n("10"), true)).isEqualTo("10 points if yes, 0 if not");
        assertThat(new ScoringRule.YesNo().points(RuleInput.yesNo(false), n("10")))
                .contains(BigDecimal.ZERO);
        assertThat(new ScoringRule.CappedCount(n("5")).points(RuleInput.of(n("4")), n("15")))
                .contains(n("15"));
        assertThat(new ScoringRule.Reviewer(n("0"), n("30")).problems(n("20"))).isNotEmpty();
        assertThat(new ScoringRule.Reviewer(n("0"), n("20")).points(RuleInput.of(n("12")), n("20")))
                .isEmpty();
    }

    @Test
    void relativeToPeersScalesBetweenTheLowestAndTheHighest() {
        var peers = new ScoringRule.RelativeToPeers(true);
        assertThat(peers.points(n("75"), n("50"), n("100"), n("10"))).isEqualByComparingTo("5");
        assertThat(new ScoringRule.RelativeToPeers(false).points(n("75"), n("50"), n("100"), n("10")))
                .isEqualByComparingTo("5");
        assertThat(peers.points(n("50"), n("50"), n("50"), n("10"))).isEqualByComparingTo("10");
    }

    @Test
    void badParametersAreNamed() {
        var repeated = new ScoringRule.Steps(
                List.of(new ScoringRule.Steps.Step(n("2"), n("5")), new ScoringRule.Steps.Step(n("2"), n("8"))));
        assertThat(repeated.problems(n("10"))).singleElement().asString().contains("ngưỡng 2 bị lặp");
        var tooMany = new ScoringRule.Choices(List.of(new ScoringRule.Choices.Choice("A", "A", n("30"))));
        assertThat(tooMany.problems(n("20"))).hasSize(2);
    }

    @Test
    void rulesTravelAsJsonWithTheirType() {
        JsonMapper json = JsonMapper.builder().build();
        ScoringRule steps = new ScoringRule.Steps(List.of(new ScoringRule.Steps.Step(n("4"), n("20"))));
        String text = json.writeValueAsString(steps);
        assertThat(text).contains("\"type\":\"STEPS\"");
        assertThat(json.readValue(text, ScoringRule.class)).isEqualTo(steps);
    }
}
