package vn.dtihub.frameworks.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.domain.FrameworkDocument.Row;
import vn.dtihub.shared.FileProblem;

/**
 * Every problem of a framework document before anything is created: missing or duplicate codes, unknown
 * parents, cycles, points that do not add up, scored leaves without a rule, rules with bad parameters, views
 * naming unknown criteria. Pure logic; the caller says how rows and columns are named (xlsx or JSON).
 */
public final class DocumentCheck {

    public static final int MAX_ROWS = 2_000;

    private DocumentCheck() {}

    /**
     * @param rowNumber the row a user sees for the n-th criterion (0-based index)
     * @param column the column a user sees for a field name ("code", "parentCode", "maxPoints", "rule", …)
     */
    /**
     * A consolidation that fits the criterion's value type and, when weighted, names a numeric criterion of the same
     * document other than itself.
     */
    private static void consolidation(
            Row r,
            List<Row> rows,
            Map<String, Integer> index,
            int n,
            Function<String, String> column,
            List<FileProblem> out) {
        vn.dtihub.frameworks.Consolidation c = r.consolidation();
        if (c == null) {
            return;
        }
        for (String p : c.problems(r.valueType())) {
            out.add(new FileProblem(n, column.apply("consolidation"), p));
        }
        if (c.weightCode() != null) {
            Integer weight = index.get(c.weightCode().strip());
            Row w = weight == null ? null : rows.get(weight);
            if (w == null || w.code().strip().equals(r.code().strip())) {
                out.add(new FileProblem(
                        n,
                        column.apply("consolidation"),
                        "trọng số theo mã " + c.weightCode() + " không có trong tệp / unknown weighing criterion"));
            } else if (w.valueType() != vn.dtihub.frameworks.ValueType.NUMBER
                    && w.valueType() != vn.dtihub.frameworks.ValueType.COUNT) {
                out.add(new FileProblem(
                        n,
                        column.apply("consolidation"),
                        "chỉ tiêu trọng số " + c.weightCode()
                                + " phải là số / the weighing criterion must be a number"));
            }
        }
    }

    public static List<FileProblem> problems(
            FrameworkDocument doc, IntFunction<Integer> rowNumber, Function<String, String> column) {
        List<FileProblem> out = new ArrayList<>();
        if (doc.name() == null || doc.name().isBlank()) {
            out.add(new FileProblem(
                    null, column.apply("name"), "tên bộ chỉ số là bắt buộc / the framework's name is required"));
        }
        List<Row> rows = doc.criteria() == null ? List.of() : doc.criteria();
        if (rows.isEmpty()) {
            out.add(new FileProblem(null, null, "không có chỉ tiêu nào / there are no criteria"));
            return out;
        }
        if (rows.size() > MAX_ROWS) {
            out.add(new FileProblem(
                    null, null, "quá nhiều dòng: " + rows.size() + " > " + MAX_ROWS + " / too many rows"));
            return out;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int n = rowNumber.apply(i);
            if (r == null) {
                out.add(new FileProblem(n, null, "dòng trống / empty row"));
                continue;
            }
            if (blank(r.code())) {
                out.add(new FileProblem(n, column.apply("code"), "mã là bắt buộc / the code is required"));
            } else if (index.putIfAbsent(r.code().strip(), i) != null) {
                out.add(new FileProblem(
                        n,
                        column.apply("code"),
                        "mã " + r.code() + " bị trùng với dòng "
                                + rowNumber.apply(index.get(r.code().strip())) + " / duplicate code"));
            }
            if (blank(r.name())) {
                out.add(new FileProblem(n, column.apply("name"), "tên là bắt buộc / the name is required"));
            }
            if (r.maxPoints() != null && r.maxPoints().signum() < 0) {
                out.add(new FileProblem(
                        n, column.apply("maxPoints"), "điểm tối đa không được âm / points must not be negative"));
            }
        }
        Map<String, List<Integer>> children = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r == null || blank(r.parentCode())) {
                continue;
            }
            String parent = r.parentCode().strip();
            if (!index.containsKey(parent)) {
                out.add(new FileProblem(
                        rowNumber.apply(i),
                        column.apply("parentCode"),
                        "mã cha " + parent + " không có trong tệp / unknown parent code"));
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(i);
            }
        }
        checkCycles(rows, index, rowNumber, column, out);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r == null || blank(r.code())) {
                continue;
            }
            int n = rowNumber.apply(i);
            BigDecimal max = r.maxPoints() == null ? BigDecimal.ZERO : r.maxPoints();
            boolean scored = r.scored() == null || r.scored();
            List<Integer> kids = children.getOrDefault(r.code().strip(), List.of());
            if (kids.isEmpty()) {
                if (scored && max.signum() > 0 && r.rule() == null) {
                    out.add(new FileProblem(
                            n,
                            column.apply("rule"),
                            "chỉ tiêu có điểm cần quy tắc chấm / a scored criterion needs a rule"));
                }
                if (scored && max.signum() > 0 && r.valueType() == null) {
                    out.add(new FileProblem(
                            n, column.apply("valueType"), "cần kiểu giá trị / the value type is required"));
                }
                if (scored && r.rule() != null) {
                    for (String p : r.rule().problems(max)) {
                        out.add(new FileProblem(n, column.apply("rule"), p));
                    }
                }
                consolidation(r, rows, index, n, column, out);
            } else if (scored && blank(r.pointsNote())) {
                BigDecimal sum = kids.stream()
                        .map(rows::get)
                        .filter(k -> k.scored() == null || k.scored())
                        .map(k -> k.maxPoints() == null ? BigDecimal.ZERO : k.maxPoints())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(max) != 0) {
                    out.add(new FileProblem(
                            n,
                            column.apply("maxPoints"),
                            "tổng điểm các chỉ tiêu con " + ScoringRule.formatNumber(sum) + " khác điểm tối đa "
                                    + ScoringRule.formatNumber(max) + " (ghi lý do ở cột ghi chú điểm nếu cố ý)"
                                    + " / children's points do not add up"));
                }
            }
        }
        checkViews(doc, index, column, out);
        return out;
    }

    private static void checkCycles(
            List<Row> rows,
            Map<String, Integer> index,
            IntFunction<Integer> rowNumber,
            Function<String, String> column,
            List<FileProblem> out) {
        Set<Integer> reported = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Set<Integer> path = new HashSet<>();
            Integer at = i;
            while (at != null && rows.get(at) != null && !blank(rows.get(at).parentCode())) {
                if (!path.add(at)) {
                    if (reported.add(at)) {
                        out.add(new FileProblem(
                                rowNumber.apply(at),
                                column.apply("parentCode"),
                                "vòng lặp mã cha tại " + rows.get(at).code() + " / a cycle in parent codes"));
                    }
                    break;
                }
                at = index.get(rows.get(at).parentCode().strip());
            }
        }
    }

    private static void checkViews(
            FrameworkDocument doc, Map<String, Integer> index, Function<String, String> column, List<FileProblem> out) {
        if (doc.views() == null || doc.views().isEmpty()) {
            return;
        }
        long overall = doc.views().stream()
                .filter(v -> v != null && Boolean.TRUE.equals(v.overall()))
                .count();
        if (overall != 1) {
            out.add(new FileProblem(
                    null, column.apply("views"), "cần đúng một chỉ số tổng hợp / exactly one overall view"));
        }
        Set<String> codes = new HashSet<>();
        for (FrameworkDocument.ViewRow v : doc.views()) {
            if (v == null || blank(v.code()) || !codes.add(v.code())) {
                out.add(new FileProblem(
                        null, column.apply("views"), "mã trụ cột thiếu hoặc trùng / missing or duplicate view code"));
                continue;
            }
            if (v.weights() == null || v.weights().isEmpty()) {
                out.add(new FileProblem(
                        null,
                        column.apply("views"),
                        "trụ cột " + v.code() + " không có chỉ tiêu / view without criteria"));
                continue;
            }
            v.weights().forEach((code, weight) -> {
                if (!index.containsKey(code)) {
                    out.add(new FileProblem(
                            null,
                            column.apply("views"),
                            "trụ cột " + v.code() + ": không có chỉ tiêu mã " + code + " / unknown criterion"));
                }
                if (weight == null || weight.signum() <= 0) {
                    out.add(new FileProblem(
                            null,
                            column.apply("views"),
                            "trụ cột " + v.code() + ": trọng số của " + code
                                    + " phải dương / weights must be positive"));
                }
            });
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
