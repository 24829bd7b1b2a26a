package vn.dtihub.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dtihub.frameworks.ValueType;

/** Old units' results carried to the units that replaced them, by the DTI 2024 rules, on a worked example. */
class CarryOverTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aMergedUnitsIndexIsTheMeanOfItsPredecessorsAndASplitOneCountsInEachSuccessor() {
        // Tĩnh Hải and Hải Bình (old) merged into the new Hải Bình; Mai Lâm split between the new Hải Bình and Trúc
        // Lâm.
        Map<String, List<String>> successors =
                Map.of("16642", List.of("16645"), "16645", List.of("16645"), "16650", List.of("16645", "16651"));
        Map<String, Map<String, BigDecimal>> indices = Map.of(
                "16642", Map.of("DTI", d("0.60")),
                "16645", Map.of("DTI", d("0.40")),
                "16650", Map.of("DTI", d("0.80")));

        List<CarryOver.Index> carried = CarryOver.indices(successors, indices);

        assertThat(carried).extracting(CarryOver.Index::newCode).containsExactly("16645", "16651");
        CarryOver.Index haiBinh = carried.get(0);
        assertThat(haiBinh.index()).isEqualByComparingTo("0.6"); // (0,60 + 0,40 + 0,80) / 3
        assertThat(haiBinh.rule()).isEqualTo(CarryOver.Rule.MEAN);
        assertThat(haiBinh.from()).containsExactly("16642", "16645", "16650");
        assertThat(carried.get(1).index()).isEqualByComparingTo("0.8");
    }

    @Test
    void countsAddUpRatiosAreComputedAgainAndTheRestAveraged() {
        Map<String, BigDecimal[]> counts = Map.of("A", new BigDecimal[] {d("12")}, "B", new BigDecimal[] {d("30")});
        assertThat(CarryOver.value(ValueType.COUNT, counts).number()).isEqualByComparingTo("42");
        assertThat(CarryOver.value(ValueType.COUNT, counts).rule()).isEqualTo(CarryOver.Rule.SUM);

        // 45/50 and 5/50 make 50/100 (50 %), not the mean of 90 % and 10 % weighted equally by accident.
        Map<String, BigDecimal[]> ratios =
                Map.of("A", new BigDecimal[] {d("45"), d("50")}, "B", new BigDecimal[] {d("5"), d("150")});
        CarryOver.Value ratio = CarryOver.value(ValueType.RATIO, ratios);
        assertThat(ratio.number()).isEqualByComparingTo("50");
        assertThat(ratio.denominator()).isEqualByComparingTo("200");
        assertThat(ratio.rule()).isEqualTo(CarryOver.Rule.RATIO_OF_SUMS);

        Map<String, BigDecimal[]> percents = Map.of("A", new BigDecimal[] {d("90")}, "B", new BigDecimal[] {d("60")});
        assertThat(CarryOver.value(ValueType.PERCENT, percents).number()).isEqualByComparingTo("75");
        assertThat(CarryOver.value(ValueType.PERCENT, percents).from()).containsExactly("A", "B");
    }
}
