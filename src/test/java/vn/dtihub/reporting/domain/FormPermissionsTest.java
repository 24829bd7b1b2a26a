package vn.dtihub.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.shared.Scope;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Structure;

/** The buttons of the form page come from one rule per action: who may, and whether the form's state allows it now. */
class FormPermissionsTest {

    private static final String PROVINCE = "current/38/";
    private static final String COMMUNE = "current/38/16645/";
    private static final Instant NOW = Instant.parse("2026-04-10T03:00:00Z");

    private record Seat(
            String username, Scope scope, boolean administers, boolean writes, boolean signsOff, String seatPath)
            implements ScopedPrincipal {
        @Override
        public long userId() {
            return 1;
        }
    }

    private static final ScopedPrincipal REPORTER =
            new Seat("reporter", new Scope(false, List.of(COMMUNE), false, null), false, true, false, COMMUNE);
    private static final ScopedPrincipal APPROVER =
            new Seat("approver", new Scope(false, List.of(COMMUNE), false, null), false, true, true, COMMUNE);
    private static final ScopedPrincipal OFFICE =
            new Seat("office", new Scope(false, List.of(PROVINCE), true, null), true, true, true, PROVINCE);
    private static final ScopedPrincipal VIEWER =
            new Seat("viewer", new Scope(false, List.of(PROVINCE), true, null), false, false, false, PROVINCE);

    private static FormSummary form(FormStatus status) {
        return new FormSummary(
                1,
                2,
                "Quý I",
                3,
                COMMUNE,
                null,
                COMMUNE,
                "Xã Hải Bình",
                "COMMUNE",
                status,
                LocalDate.of(2026, 4, 15),
                null,
                null,
                null,
                null,
                10,
                4,
                0);
    }

    private static PeriodSummary period(boolean open, Instant appealUntil) {
        return new PeriodSummary(
                2,
                7,
                "Bộ chỉ số xã",
                38L,
                PROVINCE,
                PeriodKind.QUARTER,
                "Quý I",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 15),
                null,
                null,
                open,
                1,
                0,
                appealUntil == null ? null : NOW.minusSeconds(86_400),
                appealUntil,
                Structure.CURRENT);
    }

    private static FormPermissions may(ScopedPrincipal who, FormStatus status, PeriodSummary period) {
        return ReportingAccess.permissions(who, form(status), period, NOW);
    }

    @Test
    void theUnitFillsADraftAndOnlyItsHeadSubmitsIt() {
        PeriodSummary open = period(true, null);
        assertThat(may(REPORTER, FormStatus.DRAFT, open))
                .isEqualTo(new FormPermissions(true, false, false, false, false, false, false, false));
        assertThat(may(APPROVER, FormStatus.RETURNED, open).sign()).isTrue();
        assertThat(may(REPORTER, FormStatus.DRAFT, period(false, null)).edit()).isFalse();
        assertThat(may(APPROVER, FormStatus.SUBMITTED, open).sign()).isFalse();
        assertThat(may(REPORTER, FormStatus.SUBMITTED, open).edit()).isFalse();
    }

    @Test
    void theOfficeOverThePeriodAppraisesDecidesAndReopens() {
        PeriodSummary open = period(true, null);
        FormPermissions submitted = may(OFFICE, FormStatus.SUBMITTED, open);
        assertThat(submitted.startReview()).isTrue();
        assertThat(submitted.decide()).isTrue();
        assertThat(submitted.correct()).isTrue();
        assertThat(submitted.edit()).isFalse();
        FormPermissions underReview = may(OFFICE, FormStatus.UNDER_REVIEW, open);
        assertThat(underReview.startReview()).isFalse();
        assertThat(underReview.decide()).isTrue();
        FormPermissions approved = may(OFFICE, FormStatus.APPROVED, open);
        assertThat(approved.reopen()).isTrue();
        assertThat(approved.decide()).isFalse();
        assertThat(may(VIEWER, FormStatus.SUBMITTED, open))
                .isEqualTo(new FormPermissions(false, false, false, false, false, false, false, false));
    }

    @Test
    void theUnitAppealsAnApprovedFormOnlyWhileTheWindowIsOpen() {
        assertThat(may(REPORTER, FormStatus.APPROVED, period(false, NOW.plusSeconds(3_600)))
                        .appeal())
                .isTrue();
        assertThat(may(REPORTER, FormStatus.APPROVED, period(false, NOW.minusSeconds(1)))
                        .appeal())
                .isFalse();
        assertThat(may(OFFICE, FormStatus.APPROVED, period(false, NOW.plusSeconds(3_600)))
                        .appeal())
                .isFalse();
    }
}
