package vn.dtihub.reporting.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dtihub.documents.Sheet;
import vn.dtihub.documents.SheetRow;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.reporting.Entry;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.ValueInput;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.VietnameseText;

/**
 * A form as an xlsx to fill offline, and back: the criteria (locked), their current values and versions, and the
 * instructions; read back cell by cell, every problem named by row and column, a value someone changed since the
 * download a conflict rather than an overwrite. Pure logic over the rows the documents toolkit reads and writes.
 */
public final class FormWorkbook {

    static final String CODE = "Mã tiêu chí";
    static final List<String> HEADERS = List.of(
            CODE,
            "Tiêu chí",
            "Loại giá trị",
            "Đơn vị tính",
            "Cách tính điểm",
            "Giá trị (tử số)",
            "Mẫu số",
            "Giải trình",
            "Phiên bản");
    private static final String[] COLUMNS = {"A", "B", "C", "D", "E", "F", "G", "H", "I"};

    private FormWorkbook() {}

    /** One change an upload would make: the criterion, its value before and after, and the version it was read at. */
    public record Change(long criterionId, String code, String before, String after, int version, ValueInput input) {}

    /** What an upload would do: the changes, or the problems that refuse it all. */
    public record Preview(List<Change> changes, List<FileProblem> problems) {}

    static List<Sheet> sheets(FormSummary form, PeriodSummary period, List<FormLine> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (FormLine l : lines) {
            Criterion c = l.criterion();
            Entry v = l.value();
            boolean ratio = c.valueType() == ValueType.RATIO;
            rows.add(java.util.Arrays.asList(
                    c.code(),
                    c.name(),
                    c.valueType() == null ? "NUMBER" : c.valueType().name(),
                    c.unitOfMeasure(),
                    l.ruleText(),
                    v == null ? null : ratio ? v.numberText() : v.display(),
                    v == null || !ratio ? null : v.denominatorText(),
                    v == null ? null : v.explanation(),
                    l.version()));
        }
        Sheet form1 = new Sheet(
                "Biểu",
                List.of(
                        "BIỂU BÁO CÁO: " + form.assigneeName(),
                        period.title() + " – hạn "
                                + form.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                HEADERS,
                rows,
                List.of(12, 60, 10, 10, 40, 16, 12, 40, 9),
                true,
                Set.of(0, 1, 2, 3, 4, 8));
        Sheet help = new Sheet(
                "Hướng dẫn",
                List.of("HƯỚNG DẪN NHẬP BIỂU"),
                List.of("Nội dung"),
                List.of(
                        List.of("Chỉ nhập ở các cột Giá trị (tử số), Mẫu số và Giải trình; các cột khác bị khóa."),
                        List.of(
                                "Số viết như thường dùng: 99,9 hoặc 1.234,5. Tỷ lệ phần trăm từ 0 đến 100; số lượng là số nguyên không âm."),
                        List.of(
                                "Loại RATIO: nhập tử số ở cột Giá trị và mẫu số ở cột Mẫu số (tử số không lớn hơn mẫu số)."),
                        List.of("Loại YES_NO: nhập Có hoặc Không. Loại DATE: ngày dạng 30/6/2026."),
                        List.of(
                                "Không sửa cột Phiên bản: nếu người khác đã sửa giá trị sau khi bạn tải biểu, hệ thống báo xung đột thay vì ghi đè."),
                        List.of(
                                "Không dùng công thức. Tải biểu lên: hệ thống kiểm tra từng ô, cho xem trước, rồi áp dụng tất cả hoặc không gì.")),
                List.of(120),
                true);
        return List.of(form1, help);
    }

    /** Reads an uploaded form against the form's current lines. */
    static Preview read(List<SheetRow> rows, List<FormLine> lines) {
        List<FileProblem> problems = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Map<String, FormLine> byCode = new HashMap<>();
        lines.forEach(l -> byCode.put(l.criterion().code(), l));
        int header = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (CODE.equals(VietnameseText.nfc(strip(rows.get(i).cell(0))))) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            problems.add(new FileProblem(
                    null,
                    null,
                    "không thấy dòng tiêu đề \"" + CODE + "\": hãy dùng biểu tải từ hệ thống"
                            + " / the header row is missing: use the form downloaded from DTI Hub"));
            return new Preview(List.of(), problems);
        }
        Set<String> seen = new HashSet<>();
        for (int i = header + 1; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String code = strip(row.cell(0));
            if (code == null) {
                problems.add(new FileProblem(row.number(), "A", "thiếu mã tiêu chí / the criterion code is missing"));
                continue;
            }
            FormLine line = byCode.get(code);
            if (line == null) {
                problems.add(new FileProblem(
                        row.number(), "A", "\"" + code + "\" không có trong biểu / is not on this form"));
                continue;
            }
            if (!seen.add(code)) {
                problems.add(new FileProblem(row.number(), "A", "\"" + code + "\" xuất hiện hai lần / appears twice"));
                continue;
            }
            for (String column : row.formulaColumns()) {
                problems.add(new FileProblem(
                        row.number(), column, "không dùng công thức, hãy nhập giá trị / no formulas: type the value"));
            }
            if (!row.formulaColumns().isEmpty()) {
                continue;
            }
            ValueInput input = input(line.criterion(), row);
            Entry entry;
            try {
                entry = Entry.read(line.criterion(), input);
            } catch (InvalidInputException e) {
                problems.add(new FileProblem(row.number(), column(e.field()), e.getMessage()));
                continue;
            }
            String before = line.value() == null || line.value().empty()
                    ? ""
                    : line.value().display();
            String explanationBefore =
                    line.value() == null ? null : line.value().explanation();
            boolean same = before.equals(entry.empty() ? "" : entry.display())
                    && java.util.Objects.equals(explanationBefore, entry.explanation());
            if (same) {
                continue;
            }
            Integer version = version(row.cell(8));
            if (version == null || version != line.version()) {
                problems.add(new FileProblem(
                        row.number(),
                        "I",
                        "giá trị đã được " + (line.updatedBy() == null ? "người khác" : line.updatedBy())
                                + " sửa sau khi biểu được tải (hiện là \"" + before
                                + "\") / changed since the download"));
                continue;
            }
            changes.add(new Change(
                    line.criterion().id(), code, before, entry.empty() ? "" : entry.display(), version, input));
        }
        return new Preview(changes, problems);
    }

    private static ValueInput input(Criterion c, SheetRow row) {
        String value = strip(row.cell(5));
        String explanation = strip(row.cell(7));
        ValueType type = c.valueType() == null ? ValueType.NUMBER : c.valueType();
        return switch (type) {
            case RATIO -> new ValueInput(value, strip(row.cell(6)), null, null, null, null, explanation);
            case YES_NO -> new ValueInput(null, null, value, null, null, null, explanation);
            case CHOICE -> new ValueInput(null, null, null, value, null, null, explanation);
            case DATE -> new ValueInput(null, null, null, null, null, value, explanation);
            case TEXT -> new ValueInput(null, null, null, null, value, null, explanation);
            default -> new ValueInput(value, null, null, null, null, null, explanation);
        };
    }

    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "denominator" -> COLUMNS[6];
            case "explanation" -> COLUMNS[7];
            default -> COLUMNS[5];
        };
    }

    private static Integer version(String raw) {
        String v = strip(raw);
        if (v == null) {
            return null;
        }
        try {
            return (int) Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String strip(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
