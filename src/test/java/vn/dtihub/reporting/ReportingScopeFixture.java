package vn.dtihub.reporting;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.dtihub.frameworks.FrameworkStatus;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.frameworks.Subject;
import vn.dtihub.reporting.domain.Appeal;
import vn.dtihub.reporting.domain.Appeals;
import vn.dtihub.reporting.domain.Evidence;
import vn.dtihub.reporting.domain.FormLine;
import vn.dtihub.reporting.domain.Forms;
import vn.dtihub.reporting.domain.Periods;
import vn.dtihub.shared.Scope;
import vn.dtihub.shared.ScopeFixture;
import vn.dtihub.shared.TestPrincipal;

/** A Thanh Hóa period with a secret title, the province's form, and a value whose explanation is secret. */
public class ReportingScopeFixture implements ScopeFixture {

    static final TestPrincipal THANH_HOA = new TestPrincipal(
            0,
            "thanhhoa.reporting",
            new Scope(false, List.of("current/38/", "pre2025/38/"), true, null),
            true,
            true,
            "current/38/");

    @Override
    public Map<String, String> objectsOfProvinceA(ApplicationContext context) {
        Frameworks frameworks = context.getBean(Frameworks.class);
        Periods periods = context.getBean(Periods.class);
        Forms forms = context.getBean(Forms.class);
        long framework = frameworks.list(THANH_HOA).stream()
                .filter(f ->
                        f.status() == FrameworkStatus.PUBLISHED && f.subjects().contains(Subject.PROVINCE))
                .findFirst()
                .orElseThrow()
                .id();
        PeriodSummary period = context.getBean(vn.dtihub.reporting.domain.PeriodOpening.class)
                .open(
                        THANH_HOA,
                        new PeriodInput(
                                framework,
                                PeriodKind.YEAR,
                                2023,
                                null,
                                "Kỳ báo cáo Bí Mật ZX93",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null));
        FormSummary form =
                periods.completeness(THANH_HOA, period.id(), null, null).get(0);
        FormLine line = forms.lines(THANH_HOA, form, vn.dtihub.shared.VietnameseText.LOCALE)
                .get(0);
        forms.save(
                THANH_HOA,
                form.id(),
                line.criterion().id(),
                0,
                new ValueInput(null, null, null, null, null, null, "Giải trình Bí Mật ZX94"),
                null);
        Evidence evidence = context.getBean(Evidence.class);
        EvidenceDocument document = evidence.add(
                THANH_HOA,
                new DocumentInput("DECISION", "93/QĐ-UBND", null, null, "Văn bản Bí Mật ZX95"),
                new java.io.ByteArrayInputStream(vn.dtihub.shared.TestFiles.pdf("Bí Mật ZX96")),
                "van-ban-bi-mat-ZX97.pdf");
        evidence.cite(THANH_HOA, form.id(), line.criterion().id(), document.id());
        FormSummary submitted = context.getBean(vn.dtihub.reporting.domain.Workflow.class)
                .submit(THANH_HOA, form.id(), form.version(), null);
        FormSummary approved = context.getBean(vn.dtihub.reporting.domain.Workflow.class)
                .approve(THANH_HOA, form.id(), submitted.version());
        PeriodSummary current = periods.get(THANH_HOA, period.id());
        Appeals appeals = context.getBean(Appeals.class);
        appeals.publish(THANH_HOA, period.id(), current.version());
        Appeal appeal = appeals.file(THANH_HOA, approved.id(), line.criterion().id(), "Khiếu nại Bí Mật ZX99");
        return Map.of(
                "appeals/id", String.valueOf(appeal.id()),
                "evidence/id", String.valueOf(document.id()),
                "evidence/criterionId", String.valueOf(line.criterion().id()),
                "documents/documentId", String.valueOf(document.id()),
                "periods/id", String.valueOf(period.id()),
                "forms/id", String.valueOf(form.id()),
                "values/criterionId", String.valueOf(line.criterion().id()),
                "points/criterionId", String.valueOf(line.criterion().id()));
    }

    @Override
    public List<String> secrets() {
        return List.of(
                "Kỳ báo cáo Bí Mật ZX93",
                "Giải trình Bí Mật ZX94",
                "Văn bản Bí Mật ZX95",
                "van-ban-bi-mat-ZX97.pdf",
                "Khiếu nại Bí Mật ZX99");
    }
}
