package vn.dtihub.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.shared.ChartData;
import vn.dtihub.units.Structure;

/** The forms submitted day by day: a chart of what happened, so it stops at today even while deadlines are ahead. */
class SubmissionsChartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static PeriodSummary period(LocalDate dueProvince) {
        return new PeriodSummary(
                1,
                1,
                "Bộ",
                1L,
                "current/38/",
                PeriodKind.QUARTER,
                "Quý IV/2026",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31),
                dueProvince.minusDays(9),
                dueProvince.minusDays(4),
                dueProvince,
                true,
                2,
                0,
                null,
                null,
                Structure.CURRENT);
    }

    private static FormSummary submitted(LocalDate on) {
        return new FormSummary(
                1,
                1,
                "Quý IV/2026",
                1,
                "current/38/16645/",
                null,
                "current/38/16645/",
                "Phường Hải Bình",
                "COMMUNE",
                FormStatus.SUBMITTED,
                on,
                null,
                null,
                on.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                "x",
                20,
                20,
                1);
    }

    @Test
    void theLineEndsTodayWhileTheProvincesDeadlineIsAhead() {
        ChartData chart = DashboardController.submissions(
                List.of(submitted(TODAY.minusDays(3)), submitted(TODAY)), period(TODAY.plusDays(7)), TODAY, "n");
        assertThat(chart.labels()).last().isEqualTo("04/12");
        assertThat(chart.labels()).hasSize(30).doesNotContain("05/12", "11/12");
        assertThat(chart.series().get(0).data()).last().isEqualTo(2);
    }

    @Test
    void afterTheDeadlineTheLineEndsAtTheDeadlineOrTheLastLateSubmission() {
        LocalDate due = TODAY.minusDays(10);
        ChartData chart = DashboardController.submissions(
                List.of(submitted(due.minusDays(1)), submitted(due.plusDays(2))), period(due), TODAY, "n");
        assertThat(chart.labels())
                .last()
                .isEqualTo(due.plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM")));
    }
}
