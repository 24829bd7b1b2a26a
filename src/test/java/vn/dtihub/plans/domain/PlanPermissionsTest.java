package vn.dtihub.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtihub.plans.PlanKind;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.shared.Scope;
import vn.dtihub.shared.ScopedPrincipal;

/** The plan page's forms come from the rules the plan's commands enforce: who changes, who drafts, who cascades. */
class PlanPermissionsTest {

    private static final String PROVINCE = "current/38/";
    private static final String COMMUNE = "current/38/16645/";
    private static final String OTHER_PROVINCE = "current/01/";

    private record Seat(String username, Scope scope, boolean administers, boolean writes, String seatPath)
            implements ScopedPrincipal {
        @Override
        public long userId() {
            return 1;
        }
    }

    private static ScopedPrincipal office(String path) {
        return new Seat("office", new Scope(false, List.of(path), true, null), true, true, path);
    }

    private static PlanSummary plan(String issuer, PlanStatus status) {
        return new PlanSummary(
                1,
                "01/KH-UBND",
                "Kế hoạch",
                PlanKind.YEARLY,
                38,
                issuer,
                "Tỉnh",
                null,
                LocalDate.of(2026, 1, 5),
                2026,
                2026,
                status,
                false,
                1,
                0,
                null);
    }

    @Test
    void theIssuersOfficeChangesADraftAndAnIssuedPlanButNotASupersededOne() {
        assertThat(PlanAccess.permissions(office(PROVINCE), plan(PROVINCE, PlanStatus.DRAFT)))
                .isEqualTo(new PlanPermissions(true, true, true));
        assertThat(PlanAccess.permissions(office(PROVINCE), plan(PROVINCE, PlanStatus.ISSUED)))
                .isEqualTo(new PlanPermissions(true, false, true));
        assertThat(PlanAccess.permissions(office(PROVINCE), plan(PROVINCE, PlanStatus.SUPERSEDED))
                        .change())
                .isFalse();
    }

    @Test
    void aCommuneOfficeCascadesTheProvincesPlanButDoesNotChangeIt() {
        PlanPermissions may = PlanAccess.permissions(office(COMMUNE), plan(PROVINCE, PlanStatus.ISSUED));
        assertThat(may).isEqualTo(new PlanPermissions(false, false, true));
    }

    @Test
    void anotherProvinceAndANonAdministratorDoNeither() {
        assertThat(PlanAccess.permissions(office(OTHER_PROVINCE), plan(PROVINCE, PlanStatus.ISSUED)))
                .isEqualTo(new PlanPermissions(false, false, false));
        ScopedPrincipal reporter =
                new Seat("reporter", new Scope(false, List.of(PROVINCE), true, null), false, true, PROVINCE);
        assertThat(PlanAccess.permissions(reporter, plan(PROVINCE, PlanStatus.DRAFT)))
                .isEqualTo(new PlanPermissions(false, false, false));
    }
}
