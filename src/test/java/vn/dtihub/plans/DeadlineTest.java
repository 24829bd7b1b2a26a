package vn.dtihub.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline phrases of the steering committee's 2024 plan (seed 004) and the ward's plan (seed 001). */
class DeadlineTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "30/6/2024|DATE|2024-06-30",
                "26/4/2024|DATE|2024-04-26",
                "Tháng 12|MONTH|2024-12-31",
                "Tháng 11|MONTH|2024-11-30",
                "Tháng 8/2025|MONTH|2025-08-31",
                "Quý III/2024|QUARTER|2024-09-30",
                "Quý IV|QUARTER|2024-12-31",
                "Năm 2024|YEAR|2024-12-31",
                "Quý III/2024 (ngay sau khi Bộ Tài chính ban hành Kế hoạch)|QUARTER|2024-09-30"
            })
    void datedPhrasesBecomeADueDate(String phrase, Deadline.Kind kind, String due) {
        Deadline d = Deadline.parse(phrase, 2024);
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.dueDates(2024, 2024)).containsExactly(LocalDate.parse(due));
        assertThat(d.text()).isEqualTo(phrase);
    }

    @Test
    void recurringOngoingAndOtherPlansSchedules() {
        Deadline quarterly = Deadline.parse("Hàng Quý", 2024);
        assertThat(quarterly.kind()).isEqualTo(Deadline.Kind.QUARTERLY);
        assertThat(quarterly.dueDates(2024, 2024))
                .containsExactly(
                        LocalDate.of(2024, 3, 31),
                        LocalDate.of(2024, 6, 30),
                        LocalDate.of(2024, 9, 30),
                        LocalDate.of(2024, 12, 31));
        assertThat(Deadline.parse("Thường xuyên", 2024).dueDates(2024, 2024)).isEmpty();
        Deadline perPlan = Deadline.parse("Theo Kế hoạch số 298/KH-UBND ngày 20/12/2023 đã được ban hành", 2024);
        assertThat(perPlan.kind()).isEqualTo(Deadline.Kind.PER_PLAN);
        assertThat(perPlan.reference()).isEqualTo("298/KH-UBND");
        assertThat(Deadline.parse("Theo Kế hoạch số 106/KH-BCĐ", 2024).reference())
                .isEqualTo("106/KH-BCĐ");
        assertThat(Deadline.parse("Theo tiến độ thời gian của các bộ, ngành Trung ương", 2024)
                        .kind())
                .isEqualTo(Deadline.Kind.PER_PLAN);
        assertThat(Deadline.parse("Theo lộ trình đã được phê duyệt", 2024).dueDates(2024, 2024))
                .isEmpty();
    }

    @Test
    void lateMeansADueDatePassedWithoutTheTaskDone() {
        Deadline june = Deadline.parse("30/6/2024", 2024);
        assertThat(june.late(LocalDate.of(2024, 6, 30), false, null, 2024, 2024))
                .as("on the day is on time")
                .isFalse();
        assertThat(june.late(LocalDate.of(2024, 7, 1), false, null, 2024, 2024)).isTrue();
        assertThat(june.late(LocalDate.of(2024, 7, 1), true, null, 2024, 2024)).isFalse();
        Deadline quarterly = Deadline.parse("Hàng quý", 2024);
        assertThat(quarterly.late(LocalDate.of(2024, 7, 5), false, LocalDate.of(2024, 6, 20), 2024, 2024))
                .isFalse();
        assertThat(quarterly.late(LocalDate.of(2024, 7, 5), false, LocalDate.of(2024, 3, 20), 2024, 2024))
                .isTrue();
        assertThat(Deadline.parse("Thường xuyên", 2024).late(LocalDate.of(2030, 1, 1), false, null, 2024, 2024))
                .isFalse();
    }

    @Test
    void unknownPhrasesAreNamed() {
        assertThatThrownBy(() -> Deadline.parse("Sớm nhất có thể", 2024)).hasMessageContaining("Sớm nhất có thể");
        assertThatThrownBy(() -> Deadline.parse("31/2/2024", 2024)).hasMessageContaining("ngày không có thật");
        assertThatThrownBy(() -> Deadline.parse("Quý V/2024", 2024)).hasMessageContaining("quý");
    }

    @Test
    void nothingWrittenIsNoStatedDeadlineAndNeverLate() {
        Deadline none = Deadline.parse(" ", 2024);
        assertThat(none.kind()).isEqualTo(Deadline.Kind.NONE);
        assertThat(Deadline.parse(null, 2024)).isEqualTo(Deadline.NONE);
        assertThat(none.text()).isNull();
        assertThat(none.label()).isEqualTo("không có thời hạn");
        assertThat(none.late(LocalDate.of(2030, 1, 1), false, null, 2024, 2024)).isFalse();
        assertThat(none.dueDates(2024, 2025)).isEmpty();
    }
}
