package vn.dtihub.frameworks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.dtihub.frameworks.domain.CriterionInput;
import vn.dtihub.frameworks.domain.FrameworkHeader;
import vn.dtihub.shared.Scope;
import vn.dtihub.shared.ScopeFixture;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.units.Structure;
import vn.dtihub.units.Units;

/** A Thanh Hóa draft framework with a secret name, one of its criteria, a view and an assignment. */
public class FrameworksScopeFixture implements ScopeFixture {

    static final String SECRET_FRAMEWORK = "Bộ chỉ số Bí Mật ZX84";
    static final String SECRET_CRITERION = "Chỉ tiêu Bí Mật ZX85";
    static final TestPrincipal THANH_HOA = new TestPrincipal(
            0, "thanhhoa.fixture", new Scope(false, List.of("current/38/"), true, null), true, true, "current/38/");

    @Override
    public Map<String, String> objectsOfProvinceA(ApplicationContext context) {
        Frameworks frameworks = context.getBean(Frameworks.class);
        Assignments assignments = context.getBean(Assignments.class);
        Units units = context.getBean(Units.class);
        FrameworkSummary f = context.getBean(vn.dtihub.frameworks.domain.Drafts.class)
                .create(
                        THANH_HOA,
                        new FrameworkHeader(
                                SECRET_FRAMEWORK, null, null, null, List.of(Subject.COMMUNE), 2026, 2026, null, null));
        Criterion c = context.getBean(vn.dtihub.frameworks.domain.Criteria.class)
                .add(
                        THANH_HOA,
                        f.id(),
                        null,
                        new CriterionInput(
                                "ZX",
                                SECRET_CRITERION,
                                null,
                                ValueType.YES_NO,
                                null,
                                new BigDecimal("10"),
                                true,
                                new ScoringRule.YesNo(),
                                false,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null));
        context.getBean(vn.dtihub.frameworks.domain.Drafts.class)
                .saveView(THANH_HOA, f.id(), "DTI", "Tổng hợp", true, Map.of("ZX", BigDecimal.ONE));
        long agency = units.agencyNamed(units.get(Structure.CURRENT, "38"), "Sở Tài chính")
                .orElseThrow()
                .id();
        Assignment a = assignments
                .assign(
                        THANH_HOA,
                        f.id(),
                        new AssignmentRequest(
                                List.of("ZX"),
                                agency,
                                null,
                                null,
                                AssignmentRole.LEAD,
                                "Ghi chú Bí Mật ZX86",
                                "38",
                                "current"))
                .get(0);
        String id = String.valueOf(f.id());
        return Map.of(
                "frameworks/id",
                id,
                "frameworks/a",
                id,
                "compare/b",
                id,
                "criteria/criterionId",
                String.valueOf(c.id()),
                "views/code",
                "DTI",
                "assignments/assignmentId",
                String.valueOf(a.id()));
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET_FRAMEWORK, SECRET_CRITERION, "Ghi chú Bí Mật ZX86");
    }
}
