package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtihub.frameworks.Consolidation;
import vn.dtihub.frameworks.ValueType;

/** The roll-ups a province reads off its communes, worked by hand. */
class RollupTest {

    private static Rollup.Part n(String number) {
        return new Rollup.Part(new Entry(new BigDecimal(number), null, null, null, null, null, null), null);
    }

    private static Rollup.Part ratio(String a, String b) {
        return new Rollup.Part(new Entry(new BigDecimal(a), new BigDecimal(b), null, null, null, null, null), null);
    }

    private static Rollup.Part weighted(String number, String weight) {
        return new Rollup.Part(
                new Entry(new BigDecimal(number), null, null, null, null, null, null), new BigDecimal(weight));
    }

    private static Rollup.Part yes(boolean yes) {
        return new Rollup.Part(new Entry(null, null, yes, null, null, null, null), null);
    }

    private static final Rollup.Part NONE = new Rollup.Part(null, null);

    @Test
    void countsAddUpAndUnitsThatReportedNothingAreCountedApart() {
        Rollup.Result r =
                Rollup.of(Consolidation.parse("SUM"), ValueType.COUNT, List.of(n("12"), n("30"), NONE, n("8")));

        assertThat(r.value().display()).isEqualTo("50");
        assertThat(r.counted()).isEqualTo(3);
        assertThat(r.units()).isEqualTo(4);
    }

    @Test
    void aRatioSumsItsPartsAndIsComputedAgainNotAveraged() {
        // 45/50 (90 %) and 5/50 (10 %): the province's ratio is 50/100 = 50 %, whatever the mean of the percents.
        Rollup.Result r =
                Rollup.of(Consolidation.parse("SUM"), ValueType.RATIO, List.of(ratio("45", "50"), ratio("5", "50")));

        assertThat(r.value().display()).isEqualTo("50/100");
    }

    @Test
    void aMeanAndAMeanWeightedByPopulation() {
        assertThat(Rollup.of(Consolidation.parse("AVERAGE"), ValueType.PERCENT, List.of(n("90"), n("60"), n("75")))
                        .value()
                        .display())
                .isEqualTo("75");
        // 90 % of 1 000 people and 60 % of 3 000: (900 + 1 800) / 4 000 = 67,5 %.
        assertThat(Rollup.of(
                                Consolidation.parse("WEIGHTED_AVERAGE:DS"),
                                ValueType.PERCENT,
                                List.of(weighted("90", "1000"), weighted("60", "3000"), NONE))
                        .value()
                        .display())
                .isEqualTo("67,5");
    }

    @Test
    void unitsMeetingAThresholdOrAnsweringYes() {
        Consolidation atLeast80 = Consolidation.parse("COUNT_MEETING:80");
        assertThat(Rollup.of(atLeast80, ValueType.PERCENT, List.of(n("80"), n("79,99".replace(',', '.')), n("95")))
                        .value()
                        .display())
                .isEqualTo("2");
        // On a ratio criterion the count becomes the share of units: 40/50 = 80 % meets, 39/50 does not.
        assertThat(Rollup.of(atLeast80, ValueType.RATIO, List.of(ratio("40", "50"), ratio("39", "50"), NONE))
                        .value()
                        .display())
                .isEqualTo("1/2");
        assertThat(Rollup.of(
                                Consolidation.parse("COUNT_MEETING"),
                                ValueType.YES_NO,
                                List.of(yes(true), yes(false), yes(true)))
                        .value()
                        .display())
                .isEqualTo("2");
    }

    @Test
    void nothingReportedIsNoFigureRatherThanZero() {
        Rollup.Result r = Rollup.of(Consolidation.parse("SUM"), ValueType.COUNT, new ArrayList<>(List.of(NONE, NONE)));

        assertThat(r.value()).isNull();
        assertThat(r.units()).isEqualTo(2);
    }

    @Test
    void theShortTextIsReadBackAndWhatDoesNotFitIsRefusedWithTheReason() {
        assertThat(Consolidation.parse(" weighted_average : II.1.2 ").text()).isEqualTo("WEIGHTED_AVERAGE:II.1.2");
        assertThat(Consolidation.parse("COUNT_MEETING:80,5").text()).isEqualTo("COUNT_MEETING:80,5");
        assertThat(Consolidation.parse("")).isNull();
        assertThatThrownBy(() -> Consolidation.parse("MEDIAN")).hasMessageContaining("unknown consolidation");
        assertThatThrownBy(() -> Consolidation.parse("WEIGHTED_AVERAGE")).hasMessageContaining("needs the code");
        assertThatThrownBy(() -> Consolidation.parse("COUNT_MEETING:many")).hasMessageContaining("takes a number");
        assertThat(Consolidation.parse("SUM").problems(ValueType.PERCENT))
                .singleElement()
                .asString()
                .contains("do not add up");
        assertThat(Consolidation.parse("AVERAGE").problems(ValueType.RATIO))
                .singleElement()
                .asString()
                .contains("SUM");
        assertThat(Consolidation.parse("COUNT_MEETING").problems(ValueType.NUMBER))
                .singleElement()
                .asString()
                .contains("threshold");
        assertThat(Consolidation.parse("SUM").problems(ValueType.TEXT)).isNotEmpty();
        assertThat(Consolidation.parse("SUM").problems(ValueType.RATIO)).isEmpty();
    }
}
