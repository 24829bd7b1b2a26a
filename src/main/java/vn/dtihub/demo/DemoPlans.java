package vn.dtihub.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.plans.PlanHeader;
import vn.dtihub.plans.PlanKind;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTarget;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.SectionKind;
import vn.dtihub.plans.TargetInput;
import vn.dtihub.plans.TaskInput;
import vn.dtihub.plans.TaskStatus;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * Demo plans, on the embedded database only, in the words of the seed documents: an excerpt of the provincial
 * steering committee's 2024 activity plan (seed 004), thị xã Nghi Sơn's 2024 plan 313/KH-UBND that phường Tĩnh
 * Hải's plan implements, and Tĩnh Hải's 2024 plan (seed 001) cascaded from it, with its 2023 evaluation, its targets,
 * some progress and a late task.
 */
@Component
class DemoPlans {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final Plans plans;
    private final Units units;

    DemoPlans(Plans plans, Units units) {
        this.plans = plans;
        this.units = units;
    }

    @Transactional
    public void seed() {
        UnitView province = units.get(Structure.PRE2025, "38");
        if (!plans.list(vn.dtihub.shared.SystemPrincipal.office(province.path()), null, null, null, province.path())
                .isEmpty()) {
            return;
        }
        steeringCommittee(province);
        UnitView nghiSon = units.get(Structure.PRE2025, "407");
        UnitView tinhHai = units.get(Structure.PRE2025, "16642");
        ScopedPrincipal town = vn.dtihub.shared.SystemPrincipal.office(nghiSon.path());
        PlanSummary townPlan = plans.create(
                town,
                new PlanHeader(
                        "313/KH-UBND",
                        "Xây dựng chuyển đổi số trên địa bàn thị xã Nghi Sơn năm 2024 (dữ liệu minh họa)",
                        PlanKind.YEARLY,
                        null,
                        LocalDate.of(2023, 12, 11),
                        2024,
                        2024),
                List.of());
        plans.addSection(
                town,
                townPlan.id(),
                SectionKind.BASIS,
                "Căn cứ",
                "Quyết định số 176/QĐ-UBND ngày 10/01/2022 của UBND tỉnh Thanh Hóa; Kế hoạch hành động số 70-KH/TU ngày 04/3/2022 "
                        + "của Ban Thường vụ Thị ủy Nghi Sơn về thực hiện Nghị quyết số 06-NQ/TU ngày 10/11/2021 của Ban Thường vụ "
                        + "Tỉnh ủy về chuyển đổi số tỉnh Thanh Hóa đến năm 2025, định hướng đến năm 2030.");
        List<Long> townTargets = new java.util.ArrayList<>();
        for (Object[] t : new Object[][] {
            {"Ít nhất 95% số cuộc họp được thực hiện qua Hệ thống hội nghị truyền hình trực tuyến", "95", "%", "100"},
            {"Tỷ lệ dân số có tài khoản thanh toán điện tử", "80", "%", "85"},
            {"Người dân trong độ tuổi lao động được phổ cập kỹ năng số", "70", "%", "80"},
            {"Văn bản, hồ sơ công việc được tạo lập, xử lý, ký số trên môi trường mạng", "100", "%", "100"}
        }) {
            townTargets.add(plans.addTarget(
                            town,
                            townPlan.id(),
                            new TargetInput(
                                    (String) t[0],
                                    null,
                                    (String) t[2],
                                    null,
                                    new BigDecimal((String) t[1]),
                                    2024,
                                    false,
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of(
                                            new vn.dtihub.plans.TargetHorizon(2024, new BigDecimal((String) t[1])),
                                            new vn.dtihub.plans.TargetHorizon(2025, new BigDecimal((String) t[3])))))
                    .id());
        }
        long vhtt = units.agencyNamed(nghiSon, "Phòng Văn hóa và Thông tin")
                .orElseThrow()
                .id();
        plans.addTask(
                town,
                townPlan.id(),
                new TaskInput(
                        "I",
                        "NÂNG CAO NHẬN THỨC",
                        "Tuyên truyền về chuyển đổi số trên hệ thống truyền thanh và trang thông tin điện tử",
                        null,
                        "Tin, bài được đăng tải",
                        "Hàng quý",
                        vhtt,
                        null,
                        "Trung tâm VH-TT-TT&DL",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        plans.addTask(
                town,
                townPlan.id(),
                new TaskInput(
                        "II",
                        "CHÍNH QUYỀN SỐ",
                        "Duy trì Tổ công nghệ số cộng đồng ở 100% tổ dân phố",
                        null,
                        "Quyết định kiện toàn Tổ công nghệ số cộng đồng",
                        "30/6/2024",
                        null,
                        tinhHai.code(),
                        "Phòng Văn hóa và Thông tin",
                        null,
                        List.of(townTargets.get(2)),
                        null,
                        null,
                        null,
                        null));
        plans.addTask(
                town,
                townPlan.id(),
                new TaskInput(
                        "II",
                        "CHÍNH QUYỀN SỐ",
                        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                        null,
                        "Hồ sơ được số hóa",
                        "Quý IV/2024",
                        null,
                        tinhHai.code(),
                        "Văn phòng HĐND&UBND thị xã",
                        null,
                        List.of(townTargets.get(3)),
                        null,
                        null,
                        null,
                        null));

        ScopedPrincipal ward = vn.dtihub.shared.SystemPrincipal.office(tinhHai.path());
        PlanSummary wardPlan = plans.cascade(
                town,
                townPlan.id(),
                tinhHai.code(),
                Structure.PRE2025.code(),
                null,
                "Chuyển đổi số trên địa bàn phường Tĩnh Hải năm 2024 (dữ liệu minh họa)");
        plans.addSection(
                ward,
                wardPlan.id(),
                SectionKind.EVALUATION,
                "Phần I. Đánh giá kết quả thực hiện năm 2023",
                "Hạ tầng mạng thông tin di động được phủ sóng đến 100% trên địa bàn phường, tỷ lệ dân số được phủ sóng thông tin di "
                        + "động đạt 99%.\n100% các cơ quan đã có mạng LAN nội bộ và kết nối mạng Internet.\nTỷ lệ văn bản điện tử có ký số "
                        + "đạt trên 99,9%.\nTồn tại, hạn chế: tỷ lệ người dân có tài khoản thanh toán điện tử còn thấp.");
        List<PlanTarget> targets = plans.detail(ward, wardPlan.id()).targets();
        BigDecimal[] values = {new BigDecimal("96"), new BigDecimal("72"), new BigDecimal("65"), new BigDecimal("100")};
        for (int i = 0; i < targets.size() && i < values.length; i++) {
            plans.recordTargetValue(ward, wardPlan.id(), targets.get(i).id(), values[i]);
        }
        List<PlanTask> tasks = plans.detail(ward, wardPlan.id()).tasks();
        if (!tasks.isEmpty()) {
            PlanTask first = tasks.get(0);
            plans.reportProgress(
                    ward,
                    first.id(),
                    first.version(),
                    TaskStatus.DONE,
                    100,
                    "Quyết định kiện toàn Tổ công nghệ số cộng đồng các tổ dân phố (dữ liệu minh họa)");
        }
        log.info(
                "Created the demo plans: the steering committee's 2024 plan, Nghi Sơn's 313/KH-UBND and Tĩnh Hải's plan cascaded from it");
    }

    private void steeringCommittee(UnitView province) {
        ScopedPrincipal office = vn.dtihub.shared.SystemPrincipal.office(province.path());
        PlanSummary plan = plans.create(
                office,
                new PlanHeader(
                        null,
                        "Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa năm 2024 (dữ liệu minh họa)",
                        PlanKind.STEERING,
                        null,
                        null,
                        2024,
                        2024),
                List.of());
        plans.addSection(
                office,
                plan.id(),
                SectionKind.BASIS,
                "Căn cứ",
                "Thực hiện Quyết định số 58/QĐ-UBQGCĐS ngày 19/4/2024 của Ủy ban Quốc gia về Chuyển đổi số về việc ban hành Kế hoạch "
                        + "hoạt động năm 2024; Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa xây dựng Kế hoạch hoạt động năm 2024.");
        plans.addSection(
                office,
                plan.id(),
                SectionKind.FUNDING,
                "IV. KINH PHÍ THỰC HIỆN",
                "Kinh phí hoạt động thường xuyên của Ban Chỉ đạo chuyển đổi số tỉnh được bố trí trong dự toán của Cơ quan Thường trực "
                        + "Ban Chỉ đạo (Sở Thông tin và Truyền thông) năm 2024.");
        plans.addSection(
                office,
                plan.id(),
                SectionKind.REPORTING,
                "Chế độ báo cáo",
                "Cơ quan Thường trực tổng hợp báo cáo định kỳ hàng quý, đột xuất cho Ban Chỉ đạo về việc triển khai thực hiện kế hoạch, "
                        + "trong đó tập trung vào những khó khăn, vướng mắc trong quá trình triển khai thực hiện.");
        for (String[] t : steeringTasks()) {
            List<vn.dtihub.units.AgencyView> leads = units.agenciesNamed(province, t[5]);
            Long lead = leads.size() == 1 ? leads.get(0).id() : null;
            String coordinators = lead == null
                    ? "Chủ trì: " + t[5] + (t[6].isEmpty() ? "" : "; phối hợp: " + t[6])
                    : t[6].isEmpty() ? null : t[6];
            plans.addTask(
                    office,
                    plan.id(),
                    new TaskInput(
                            t[0],
                            t[1],
                            t[2],
                            null,
                            t[3].isEmpty() ? null : t[3],
                            t[4],
                            lead,
                            null,
                            coordinators,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
        }
    }

    /** The task table of seed 004, kept as a tab-separated resource in the documents' own words. */
    static List<String[]> steeringTasks() {
        try (var in = new org.springframework.core.io.ClassPathResource("reference/demo/steering-plan-2024.tsv")
                .getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
