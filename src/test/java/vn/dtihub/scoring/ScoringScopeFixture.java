package vn.dtihub.scoring;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.dtihub.frameworks.FrameworkStatus;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.frameworks.Subject;
import vn.dtihub.reporting.PeriodInput;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.scoring.domain.PeerGroups;
import vn.dtihub.shared.Scope;
import vn.dtihub.shared.ScopeFixture;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.units.Structure;
import vn.dtihub.units.Units;

/** Scores of a Thanh Hóa communes' period (phường Hải Bình among them) that another province must not read. */
public class ScoringScopeFixture implements ScopeFixture {

    private static final String SECRET = "Nhóm so sánh Bí Mật ZX90";

    private static final TestPrincipal THANH_HOA = new TestPrincipal(
            0, "thanhhoa.scoring", new Scope(false, List.of("current/38/"), true, null), true, true, "current/38/");

    @Override
    public Map<String, String> objectsOfProvinceA(ApplicationContext context) {
        long framework = context.getBean(Frameworks.class).list(THANH_HOA).stream()
                .filter(f ->
                        f.status() == FrameworkStatus.PUBLISHED && f.subjects().contains(Subject.COMMUNE))
                .findFirst()
                .orElseThrow()
                .id();
        long period = context.getBean(vn.dtihub.reporting.domain.PeriodOpening.class)
                .open(
                        THANH_HOA,
                        new PeriodInput(
                                framework, PeriodKind.QUARTER, 2027, 1, null, null, null, null, null, null, null, null))
                .id();
        context.getBean(vn.dtihub.scoring.domain.Runs.class).compute(period, "TEST");
        Units units = context.getBean(Units.class);
        long unit = units.get(Structure.CURRENT, "16645").id();
        long group = context.getBean(PeerGroups.class)
                .define(
                        THANH_HOA,
                        SECRET,
                        List.of(unit, units.get(Structure.CURRENT, "14758").id()))
                .id();
        return Map.of(
                "results/unitId",
                String.valueOf(unit),
                "rankings/period",
                String.valueOf(period),
                "peer-groups/id",
                String.valueOf(group));
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET);
    }
}
