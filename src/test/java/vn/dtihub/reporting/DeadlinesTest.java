package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import vn.dtihub.reporting.domain.Deadlines;

class DeadlinesTest {

    @Test
    void aQuartersReportsAreDueByTheFifteenthOfItsLastMonthCommunesFirst() {
        Deadlines.Prefill q3 = Deadlines.prefill(PeriodKind.QUARTER, 2026, 3, LocalDate.of(2026, 7, 1));
        assertThat(q3.coversFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.coversTo()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q3.commune()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(q3.district()).isAfter(q3.commune());
        assertThat(q3.province()).isAfter(q3.district());
    }

    @Test
    void theYearsReportsAreDueAsSeed003SaysTheFifthAndTheTwentiethOfDecember() {
        Deadlines.Prefill year = Deadlines.prefill(PeriodKind.YEAR, 2026, null, LocalDate.of(2026, 11, 1));
        assertThat(year.commune()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(year.province()).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void aDeadlineIsTheEndOfItsDayInVietnam() {
        LocalDate due = LocalDate.of(2026, 9, 15);
        assertThat(Deadlines.onTime(
                        ZonedDateTime.of(2026, 9, 15, 23, 59, 59, 0, vn.dtihub.shared.VietnamTime.ZONE)
                                .toInstant(),
                        due))
                .as("23:59:59 on the day is on time")
                .isTrue();
        assertThat(Deadlines.onTime(
                        ZonedDateTime.of(2026, 9, 16, 0, 0, 0, 0, vn.dtihub.shared.VietnamTime.ZONE)
                                .toInstant(),
                        due))
                .isFalse();
        assertThat(Deadlines.onTime(ZonedDateTime.parse("2026-09-15T17:30:00Z").toInstant(), due))
                .as("17:30 UTC is already 00:30 the next day in Vietnam")
                .isFalse();
    }
}
