package vn.dtihub.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a unit loses points, and what it takes to reach a rank, on a worked example. */
class LeversTest {

    private static Levers.Leaf leaf(long id, String code, String points, String max) {
        return new Levers.Leaf(id, code, new BigDecimal(points), new BigDecimal(max), BigDecimal.ONE);
    }

    // A unit with 600 of 1 000 points: it loses 50 on HT.1, 30 on CQS.1, 20 on AT.2, nothing on TC.1.
    private static final List<Levers.Leaf> LEAVES = List.of(
            leaf(1, "TC.1", "50", "50"),
            leaf(2, "AT.2", "30", "50"),
            leaf(3, "HT.1", "0", "50"),
            leaf(4, "CQS.1", "40", "70"));

    @Test
    void criteriaAreSortedByThePointsAtStake() {
        assertThat(Levers.byStake(LEAVES))
                .extracting(Levers.Lever::code, l -> l.atStake().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HT.1", "50"),
                        org.assertj.core.groups.Tuple.tuple("CQS.1", "30"),
                        org.assertj.core.groups.Tuple.tuple("AT.2", "20"));
    }

    @Test
    void theGapToATargetRankAndTheFewestCriteriaThatCloseIt() {
        // Peers at 0.70, 0.65, 0.62, 0.61: third place needs 0.62 × 1 000 = 620, i.e. +20 points; HT.1 alone gives 50.
        List<BigDecimal> peers =
                List.of(new BigDecimal("0.70"), new BigDecimal("0.65"), new BigDecimal("0.62"), new BigDecimal("0.61"));
        Levers.Gap third = Levers.gap(3, 5, new BigDecimal("600"), new BigDecimal("1000"), peers, LEAVES);
        assertThat(third.pointsNeeded()).isEqualByComparingTo("20");
        assertThat(third.criteria()).extracting(Levers.Lever::code).containsExactly("HT.1");
        assertThat(third.reachable()).isTrue();

        // First place needs 700: +100; HT.1, CQS.1 and AT.2 together hold exactly 100.
        Levers.Gap first = Levers.gap(1, 5, new BigDecimal("600"), new BigDecimal("1000"), peers, LEAVES);
        assertThat(first.pointsNeeded()).isEqualByComparingTo("100");
        assertThat(first.criteria()).extracting(Levers.Lever::code).containsExactly("HT.1", "CQS.1", "AT.2");
        assertThat(first.reachable()).isTrue();

        // Already there: nothing needed.
        assertThat(Levers.gap(5, 3, new BigDecimal("600"), new BigDecimal("1000"), peers, LEAVES)
                        .pointsNeeded())
                .isEqualByComparingTo("0");
    }

    @Test
    void aRankOutOfReachSaysSo() {
        List<BigDecimal> peers = List.of(new BigDecimal("0.99"));
        Levers.Gap gap = Levers.gap(1, 2, new BigDecimal("600"), new BigDecimal("1000"), peers, LEAVES);
        assertThat(gap.pointsNeeded()).isEqualByComparingTo("390");
        assertThat(gap.reachable()).isFalse();
        assertThat(gap.criteria()).hasSize(3);
    }
}
