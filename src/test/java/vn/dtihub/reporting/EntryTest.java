package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.TestCriteria;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.shared.InvalidInputException;

class EntryTest {

    private static Criterion criterion(ValueType type, ScoringRule rule) {
        return TestCriteria.of(1, null, "1.1", "Tỷ lệ", "10", type, rule, MissingPolicy.ZERO, "%", null);
    }

    private static ValueInput number(String n) {
        return new ValueInput(n, null, null, null, null, null, null);
    }

    private static String refusedField(Criterion c, ValueInput in) {
        try {
            Entry.read(c, in);
        } catch (InvalidInputException e) {
            return e.field();
        }
        return null;
    }

    @Test
    void vietnameseNumbersAreReadAndPercentsCountsAndRatiosAreChecked() {
        assertThat(Entry.read(criterion(ValueType.PERCENT, null), number("99,9"))
                        .number())
                .isEqualByComparingTo("99.9");
        assertThat(refusedField(criterion(ValueType.PERCENT, null), number("100,5")))
                .isEqualTo("number");
        assertThat(refusedField(criterion(ValueType.COUNT, null), number("2,5")))
                .isEqualTo("number");
        assertThat(refusedField(criterion(ValueType.COUNT, null), number("-1"))).isEqualTo("number");
        assertThat(refusedField(criterion(ValueType.NUMBER, null), number("mười")))
                .isEqualTo("number");
        Criterion ratio = criterion(ValueType.RATIO, new ScoringRule.Ratio());
        assertThat(refusedField(ratio, new ValueInput("51", "50", null, null, null, null, null)))
                .as("numerator above denominator")
                .isEqualTo("number");
        assertThat(refusedField(ratio, new ValueInput("1", "0", null, null, null, null, null)))
                .isEqualTo("denominator");
        Entry ok = Entry.read(ratio, new ValueInput("45", "50", null, null, null, null, null));
        assertThat(new ScoringRule.Ratio()
                        .points(ok.ruleInput(), BigDecimal.TEN)
                        .orElseThrow())
                .isEqualByComparingTo("9");
        assertThat(ok.display()).isEqualTo("45/50");
    }

    @Test
    void yesNoChoicesDatesAndEmptyValues() {
        assertThat(Entry.read(
                                criterion(ValueType.YES_NO, new ScoringRule.YesNo()),
                                new ValueInput(null, null, "Có", null, null, null, null))
                        .yes())
                .isTrue();
        Criterion choice = criterion(
                ValueType.CHOICE,
                new ScoringRule.Choices(List.of(
                        new ScoringRule.Choices.Choice("A", "Đầy đủ", BigDecimal.TEN),
                        new ScoringRule.Choices.Choice("B", "Một phần", BigDecimal.ONE))));
        assertThat(refusedField(choice, new ValueInput(null, null, null, "Z", null, null, null)))
                .isEqualTo("choice");
        assertThat(Entry.read(
                                criterion(ValueType.DATE, null),
                                new ValueInput(null, null, null, null, null, "7/4/2022", null))
                        .date())
                .isEqualTo(LocalDate.of(2022, 4, 7));
        assertThat(refusedField(
                        criterion(ValueType.DATE, null),
                        new ValueInput(null, null, null, null, null, "32/1/2022", null)))
                .isEqualTo("date");
        assertThat(Entry.read(criterion(ValueType.PERCENT, null), number(" ")).empty())
                .isTrue();
        assertThatThrownBy(() -> Entry.read(
                        criterion(ValueType.TEXT, null),
                        new ValueInput(null, null, null, null, "x".repeat(4001), null, null)))
                .isInstanceOf(InvalidInputException.class);
    }
}
