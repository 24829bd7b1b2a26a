package vn.dtihub.frameworks.domain;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dtihub.documents.Sheet;
import vn.dtihub.documents.SheetRow;
import vn.dtihub.documents.Workbooks;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.RankTies;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.Subject;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.VietnameseText;

/**
 * The documented xlsx template of a framework: a header block (name, decision, subjects, years, views), then one
 * row per criterion (code, parent code, name, value type, unit, maximum points, scored, rule and its parameters,
 * evidence, source, verifier, missing-data policy, points note, description, views). Export writes it; import reads
 * it back into the exchange document, naming the row and column of every problem.
 */
@Component
public class FrameworkSheets {

    public static final int MAX_ROWS = DocumentCheck.MAX_ROWS + 20;
    static final List<String> HEADERS = List.of(
            "Mã",
            "Mã cha",
            "Tên chỉ tiêu",
            "Kiểu giá trị",
            "Đơn vị tính",
            "Điểm tối đa",
            "Tính điểm (x)",
            "Cách chấm",
            "Tham số cách chấm",
            "Cần minh chứng (x)",
            "Loại minh chứng",
            "Nguồn số liệu",
            "Cơ quan xác minh",
            "Khi thiếu số liệu",
            "Ghi chú điểm",
            "Mô tả",
            "Trụ cột (mã=trọng số)",
            "Cách tổng hợp");
    static final List<String> FIELDS = List.of(
            "code",
            "parentCode",
            "name",
            "valueType",
            "unit",
            "maxPoints",
            "scored",
            "rule",
            "ruleParameters",
            "evidenceRequired",
            "evidenceKind",
            "dataSource",
            "verifier",
            "missingPolicy",
            "pointsNote",
            "description",
            "views",
            "consolidation");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final Workbooks workbooks;

    FrameworkSheets(Workbooks workbooks) {
        this.workbooks = workbooks;
    }

    /** The column letter a field sits in, for problem messages ("dòng 17, cột F"). */
    public static String column(String field) {
        int i = FIELDS.indexOf(field);
        return i < 0 ? field : SheetRow.column(i);
    }

    public byte[] write(FrameworkDocument doc) {
        List<String> title = new ArrayList<>();
        title.add("Tên bộ chỉ số: " + nz(doc.name()));
        title.add("Số quyết định: " + nz(doc.decisionNumber()));
        title.add("Ngày ban hành: " + (doc.decisionDate() == null ? "" : DATE.format(doc.decisionDate())));
        title.add("Đối tượng: "
                + (doc.subjects() == null
                        ? ""
                        : String.join(
                                ", ", doc.subjects().stream().map(Enum::name).toList())));
        title.add("Năm: " + (doc.yearFrom() == null ? "" : doc.yearFrom())
                + (doc.yearTo() == null ? "" : "-" + doc.yearTo()));
        List<String> views = new ArrayList<>();
        Map<String, StringBuilder> byCriterion = new LinkedHashMap<>();
        for (FrameworkDocument.ViewRow v : doc.views() == null ? List.<FrameworkDocument.ViewRow>of() : doc.views()) {
            views.add(v.code() + "=" + nz(v.name()) + (Boolean.TRUE.equals(v.overall()) ? "*" : ""));
            v.weights().forEach((code, weight) -> {
                StringBuilder b = byCriterion.computeIfAbsent(code, k -> new StringBuilder());
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(v.code()).append('=').append(ScoringRule.formatNumber(weight));
            });
        }
        title.add("Trụ cột: " + String.join("; ", views));
        title.add("Đồng hạng khi: "
                + (doc.rankTies() == null ? RankTies.UNROUNDED : doc.rankTies()).name()
                + " (UNROUNDED: chỉ số bằng nhau ở độ chính xác đầy đủ; DISPLAYED: chỉ số công bố, 4 chữ số thập phân,"
                + " bằng nhau)");
        title.add("Mẫu DTI Hub " + FrameworkDocument.FORMAT
                + ". Sửa từ dòng tiêu đề trở xuống; điểm dùng dấu phẩy thập phân; " + "cách chấm: "
                + String.join(", ", RuleText.TYPES) + ".");
        List<List<Object>> rows = new ArrayList<>();
        for (FrameworkDocument.Row r : doc.criteria()) {
            List<Object> row = new ArrayList<>();
            row.add(r.code());
            row.add(r.parentCode());
            row.add(r.name());
            row.add(r.valueType() == null ? null : r.valueType().name());
            row.add(r.unit());
            row.add(r.maxPoints() == null ? null : ScoringRule.formatNumber(r.maxPoints()));
            row.add(r.scored() == null || r.scored());
            row.add(r.rule() == null ? null : r.rule().type());
            row.add(RuleText.parameters(r.rule()));
            row.add(Boolean.TRUE.equals(r.evidenceRequired()));
            row.add(r.evidenceKind());
            row.add(r.dataSource());
            row.add(r.verifier());
            row.add(r.missingPolicy() == null ? null : r.missingPolicy().name());
            row.add(r.pointsNote());
            row.add(r.description());
            row.add(
                    byCriterion.containsKey(r.code())
                            ? byCriterion.get(r.code()).toString()
                            : null);
            row.add(r.consolidation() == null ? null : r.consolidation().text());
            rows.add(row);
        }
        List<Integer> widths = List.of(10, 10, 60, 12, 10, 10, 8, 18, 30, 10, 25, 25, 20, 12, 25, 40, 25, 22);
        return workbooks.write(List.of(new Sheet("Chỉ tiêu", title, HEADERS, rows, widths, false)));
    }

    /** Reads an uploaded template back; problems in the cells are collected and returned with the document. */
    public Parsed read(InputStream input) {
        List<SheetRow> rows = workbooks.read(input, MAX_ROWS);
        List<FileProblem> problems = new ArrayList<>();
        int headerAt = -1;
        Map<String, String> meta = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String first = VietnameseText.fold(rows.get(i).cell(0));
            if (first.equals("ma") || first.equals("code")) {
                headerAt = i;
                break;
            }
            String line = rows.get(i).cell(0);
            if (line != null && line.contains(":")) {
                meta.put(
                        VietnameseText.fold(line.substring(0, line.indexOf(':'))),
                        line.substring(line.indexOf(':') + 1).strip());
            }
        }
        if (headerAt < 0) {
            throw new FileRejectedException(List.of(new FileProblem(
                    null, "A", "không thấy dòng tiêu đề bắt đầu bằng \"Mã\" / no header row starting with \"Mã\"")));
        }
        List<FrameworkDocument.Row> criteria = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> weights = new LinkedHashMap<>();
        for (int i = headerAt + 1; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            for (String col : row.formulaColumns()) {
                problems.add(new FileProblem(
                        row.number(), col, "ô chứa công thức, chỉ nhận giá trị / formulas are not accepted"));
            }
            int n = row.number();
            String code = text(row.cell(0));
            criteria.add(new FrameworkDocument.Row(
                    code,
                    text(row.cell(1)),
                    text(row.cell(2)),
                    text(row.cell(15)),
                    parseEnum(ValueType.class, row.cell(3), n, 3, problems),
                    text(row.cell(4)),
                    number(row.cell(5), n, 5, problems),
                    flag(row.cell(6), true),
                    rule(row.cell(7), row.cell(8), n, problems),
                    flag(row.cell(9), false),
                    text(row.cell(10)),
                    text(row.cell(11)),
                    text(row.cell(12)),
                    parseEnum(MissingPolicy.class, row.cell(13), n, 13, problems),
                    text(row.cell(14)),
                    consolidation(row.cell(17), n, problems)));
            rowNumbers.add(n);
            String viewText = text(row.cell(16));
            if (viewText != null && code != null) {
                for (String part : viewText.split(";")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    String[] kv = part.split("=", 2);
                    try {
                        BigDecimal w = kv.length > 1 ? RuleText.number(kv[1], "trọng số / weight") : BigDecimal.ONE;
                        weights.computeIfAbsent(kv[0].strip(), k -> new LinkedHashMap<>())
                                .put(code, w);
                    } catch (IllegalArgumentException e) {
                        problems.add(new FileProblem(n, SheetRow.column(16), e.getMessage()));
                    }
                }
            }
        }
        List<FrameworkDocument.ViewRow> views = new ArrayList<>();
        Map<String, String[]> viewNames = new LinkedHashMap<>();
        String viewLine = meta.getOrDefault("tru cot", meta.get("views"));
        if (viewLine != null) {
            for (String part : viewLine.split(";")) {
                if (!part.isBlank()) {
                    String[] kv = part.split("=", 2);
                    String name = kv.length > 1 ? kv[1].strip() : kv[0].strip();
                    boolean overall = name.endsWith("*");
                    viewNames.put(kv[0].strip(), new String[] {
                        overall ? name.substring(0, name.length() - 1).strip() : name, String.valueOf(overall)
                    });
                }
            }
        }
        weights.forEach((code, w) -> {
            String[] named = viewNames.getOrDefault(code, new String[] {code, "false"});
            views.add(new FrameworkDocument.ViewRow(code, named[0], Boolean.parseBoolean(named[1]), w));
        });
        String years = meta.getOrDefault("nam", "");
        Integer from = null;
        Integer to = null;
        String[] parts = years.split("-");
        try {
            from = parts[0].isBlank() ? null : Integer.valueOf(parts[0].strip());
            to = parts.length > 1 && !parts[1].isBlank() ? Integer.valueOf(parts[1].strip()) : from;
        } catch (NumberFormatException e) {
            problems.add(new FileProblem(null, "A", "năm không hợp lệ / invalid years: " + years));
        }
        LocalDate date = null;
        String dateText = meta.getOrDefault("ngay ban hanh", "");
        if (!dateText.isBlank()) {
            try {
                date = LocalDate.parse(dateText.strip(), DATE);
            } catch (RuntimeException e) {
                problems.add(new FileProblem(null, "A", "ngày ban hành không hợp lệ / invalid date: " + dateText));
            }
        }
        List<Subject> subjects = new ArrayList<>();
        for (String s : meta.getOrDefault("doi tuong", "").split("[,;\\s]+")) {
            if (!s.isBlank()) {
                try {
                    subjects.add(Subject.valueOf(s.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(new FileProblem(
                            null,
                            "A",
                            "đối tượng không hợp lệ / unknown subject: " + s + " (" + Arrays.toString(Subject.values())
                                    + ")"));
                }
            }
        }
        RankTies ties = null;
        String tiesText = meta.getOrDefault("dong hang khi", "").strip();
        if (!tiesText.isEmpty()) {
            String word = tiesText.split("[\\s(]+")[0].toUpperCase(Locale.ROOT);
            try {
                ties = RankTies.valueOf(word);
            } catch (IllegalArgumentException e) {
                problems.add(new FileProblem(
                        null,
                        "A",
                        "đồng hạng khi: '" + tiesText + "' phải là UNROUNDED hoặc DISPLAYED / must be UNROUNDED or"
                                + " DISPLAYED"));
            }
        }
        FrameworkDocument doc = new FrameworkDocument(
                FrameworkDocument.FORMAT,
                meta.get("ten bo chi so"),
                null,
                blankToNull(meta.get("so quyet dinh")),
                date,
                null,
                subjects,
                from,
                to,
                false,
                null,
                criteria,
                views,
                ties);
        return new Parsed(doc, List.copyOf(rowNumbers), List.copyOf(problems));
    }

    /**
     * A read template: the document, the sheet row of each criterion (for the check's messages), and the problems
     * of cells that could not be read (a text where a number belongs, a formula), reported with the document's own.
     */
    public record Parsed(FrameworkDocument document, List<Integer> rowNumbers, List<FileProblem> cellProblems) {
        public Integer rowOf(int index) {
            return index < rowNumbers.size() ? rowNumbers.get(index) : null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String text(String cell) {
        String t = VietnameseText.nfc(cell);
        return t == null || t.isEmpty() ? null : t;
    }

    private static Boolean flag(String cell, boolean whenEmpty) {
        if (cell == null || cell.isBlank()) {
            return whenEmpty ? null : false;
        }
        String f = VietnameseText.fold(cell);
        return !(f.equals("0") || f.equals("khong") || f.equals("no") || f.equals("false"));
    }

    private static BigDecimal number(String cell, int row, int col, List<FileProblem> problems) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return RuleText.number(cell, "điểm tối đa");
        } catch (IllegalArgumentException e) {
            problems.add(new FileProblem(
                    row, SheetRow.column(col), "điểm tối đa phải là số / the maximum points must be a number"));
            return null;
        }
    }

    private static vn.dtihub.frameworks.Consolidation consolidation(String cell, int row, List<FileProblem> problems) {
        try {
            return vn.dtihub.frameworks.Consolidation.parse(cell);
        } catch (IllegalArgumentException e) {
            problems.add(new FileProblem(row, SheetRow.column(17), e.getMessage()));
            return null;
        }
    }

    private static ScoringRule rule(String type, String parameters, int row, List<FileProblem> problems) {
        try {
            return RuleText.parse(type, parameters);
        } catch (IllegalArgumentException e) {
            problems.add(new FileProblem(
                    row,
                    SheetRow.column(
                            type == null || RuleText.TYPES.contains(type.strip().toUpperCase(Locale.ROOT)) ? 8 : 7),
                    e.getMessage()));
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(
            Class<E> type, String cell, int row, int col, List<FileProblem> problems) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, cell.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FileProblem(
                    row,
                    SheetRow.column(col),
                    "giá trị không hợp lệ '" + cell + "' (" + Arrays.toString(type.getEnumConstants()) + ")"));
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
