package vn.dtihub.plans;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.dtihub.plans.domain.PlanTargets;
import vn.dtihub.plans.domain.TaskFile;
import vn.dtihub.shared.Scope;
import vn.dtihub.shared.ScopeFixture;
import vn.dtihub.shared.TestPrincipal;

/** A Thanh Hóa plan with a secret title and a task with a secret text. */
public class PlansScopeFixture implements ScopeFixture {

    static final TestPrincipal THANH_HOA = new TestPrincipal(
            0, "thanhhoa.plans", new Scope(false, List.of("current/38/"), true, null), true, true, "current/38/");

    @Override
    public Map<String, String> objectsOfProvinceA(ApplicationContext context) {
        Plans plans = context.getBean(Plans.class);
        PlanSummary plan = context.getBean(vn.dtihub.plans.domain.PlanHeaders.class)
                .create(
                        THANH_HOA,
                        new PlanHeader("999/KH-UBND", "Kế hoạch Bí Mật ZX87", PlanKind.YEARLY, null, null, 2026, 2026),
                        List.of());
        PlanTask task = plans.addTask(
                THANH_HOA,
                plan.id(),
                new TaskInput(
                        "I",
                        "Chỉ đạo",
                        "Nhiệm vụ Bí Mật ZX88",
                        null,
                        null,
                        "Hàng quý",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        PlanTarget target = context.getBean(PlanTargets.class)
                .add(
                        THANH_HOA,
                        plan.id(),
                        new TargetInput(
                                "Chỉ tiêu Bí Mật ZX89",
                                null,
                                "%",
                                null,
                                new java.math.BigDecimal("100"),
                                2026,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null));
        PlanSection section = context.getBean(vn.dtihub.plans.domain.Sections.class)
                .add(THANH_HOA, plan.id(), SectionKind.PURPOSE, "Phần Bí Mật ZX92", "Nội dung của phần bí mật");
        TaskFile file = context.getBean(vn.dtihub.plans.domain.TaskFiles.class)
                .attach(
                        THANH_HOA,
                        task.id(),
                        new java.io.ByteArrayInputStream(vn.dtihub.shared.TestFiles.pdf("Bí Mật ZX90")),
                        "bien-ban-bi-mat-ZX91.pdf");
        return Map.of(
                "plans/id", String.valueOf(plan.id()),
                "tasks/taskId", String.valueOf(task.id()),
                "targets/targetId", String.valueOf(target.id()),
                "files/fileId", String.valueOf(file.id()),
                "sections/sectionId", String.valueOf(section.id()));
    }

    @Override
    public List<String> secrets() {
        return List.of(
                "Kế hoạch Bí Mật ZX87",
                "Nhiệm vụ Bí Mật ZX88",
                "Chỉ tiêu Bí Mật ZX89",
                "bien-ban-bi-mat-ZX91.pdf",
                "Phần Bí Mật ZX92",
                "Bí Mật ZX90");
    }
}
