package vn.dtihub.plans.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dtihub.documents.OfficialDocument;
import vn.dtihub.documents.Sheet;
import vn.dtihub.plans.PlanDetail;
import vn.dtihub.plans.PlanKind;
import vn.dtihub.plans.PlanSection;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTarget;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.SectionKind;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * A plan laid out as the official document it is: header, body, targets, the task table (sections and lettered
 * sub-sections as heading rows, tasks numbered again under each), recipients, signature.
 */
@Component
public class PlanDocuments {

    static final List<String> TASK_HEADERS = List.of(
            "TT", "Nhiệm vụ", "Kết quả thực hiện", "Thời gian hoàn thành", "Cơ quan thực hiện", "Cơ quan phối hợp");

    private final Units units;

    PlanDocuments(Units units) {
        this.units = units;
    }

    public OfficialDocument document(PlanDetail detail) {
        PlanSummary p = detail.plan();
        UnitView issuer = units.byPath(p.issuerPath()).orElseThrow();
        String body = "ỦY BAN NHÂN DÂN " + issuer.fullName();
        String issuerLine = p.kind() == PlanKind.STEERING ? "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ" : body;
        List<OfficialDocument.Section> sections = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        for (PlanSection s : detail.sections()) {
            if (s.kind() == SectionKind.RECIPIENTS) {
                for (String line : s.body().split("\n")) {
                    String r = line.replaceAll("^[-–•\\s]+", "")
                            .replaceAll("[;.]\\s*$", "")
                            .strip();
                    if (!r.isEmpty()) {
                        recipients.add(r);
                    }
                }
            } else {
                sections.add(new OfficialDocument.Section(s.title(), List.of(s.body())));
            }
        }
        if (!detail.targets().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (PlanTarget t : detail.targets()) {
                StringBuilder line = new StringBuilder("- ").append(t.statement());
                if (t.goal() != null && !t.yesNo()) {
                    line.append(": ")
                            .append(t.goal()
                                    .stripTrailingZeros()
                                    .toPlainString()
                                    .replace('.', ','))
                            .append(t.unitOfMeasure() == null ? "" : t.unitOfMeasure());
                }
                if (t.goalYear() != null) {
                    line.append(" (năm ").append(t.goalYear()).append(")");
                }
                if (t.leadName() != null) {
                    line.append(". Chủ trì: ").append(t.leadName());
                }
                if (t.coordinators() != null) {
                    line.append(t.leadName() == null ? ". Phối hợp: " : "; phối hợp: ")
                            .append(t.coordinators());
                }
                if (t.note() != null) {
                    line.append(" (").append(t.note()).append(")");
                }
                lines.add(line.append('.').toString());
            }
            sections.add(new OfficialDocument.Section("Chỉ tiêu cụ thể", List.of(String.join("\n", lines))));
        }
        if (recipients.isEmpty()) {
            recipients = List.of("Như trên", "Lưu: VT");
        }
        return new OfficialDocument(
                p.kind() == PlanKind.STEERING ? body : null,
                issuerLine,
                p.number(),
                issuer.name(),
                p.issuedOn(),
                "KẾ HOẠCH",
                p.title(),
                sections,
                taskTable(detail),
                recipients,
                p.kind() == PlanKind.STEERING ? "TRƯỞNG BAN" : "TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH",
                p.signer());
    }

    OfficialDocument.Table taskTable(PlanDetail detail) {
        if (detail.tasks().isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> groups = new ArrayList<>();
        for (TaskNumbering.Line line : TaskNumbering.lines(detail.tasks())) {
            if (line.kind() != TaskNumbering.Kind.TASK) {
                rows.add(List.of(line.code(), nz(line.title()), "", "", "", ""));
                groups.add(true);
                continue;
            }
            PlanTask t = line.task();
            rows.add(List.of(
                    String.valueOf(line.number()),
                    t.footnotes() == null ? t.text() : t.text() + "\n" + t.footnotes(),
                    nz(t.expectedResult()),
                    nz(t.deadlineText()),
                    nz(t.leadName()),
                    nz(t.coordinators())));
            groups.add(false);
        }
        return new OfficialDocument.Table("NHIỆM VỤ CỤ THỂ", TASK_HEADERS, rows, groups);
    }

    /** The task table as an xlsx appendix, protected so that its structure stays as issued. */
    public Sheet taskSheet(PlanDetail detail) {
        OfficialDocument.Table table = taskTable(detail);
        List<List<Object>> rows = new ArrayList<>();
        if (table != null) {
            table.rows().forEach(r -> rows.add(new ArrayList<Object>(r)));
        }
        PlanSummary p = detail.plan();
        return new Sheet(
                "Phụ lục",
                List.of(
                        "PHỤ LỤC: NHIỆM VỤ CỤ THỂ",
                        "(Kèm theo Kế hoạch " + (p.number() == null ? "" : "số " + p.number() + " ") + "của "
                                + p.issuerName() + ")"),
                TASK_HEADERS,
                rows,
                List.of(6, 60, 40, 20, 30, 40),
                true);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
