package vn.dtihub.plans.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dtihub.documents.SheetRow;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.VietnameseText;

/**
 * The target appendix of an action plan ("Phụ lục 01: Phân công theo dõi, đôn đốc thực hiện các chỉ tiêu": TT, Nội
 * dung chỉ tiêu, Cơ quan chủ trì, Cơ quan phối hợp, Ghi chú), read into targets. A Roman-numbered row opens a horizon
 * ("Chỉ tiêu đến năm 2025" gives the year), a whole-numbered row without a lead opens an area ("Về Chính quyền số"),
 * and the numbered rows under them ("1.1") are the targets. A single percentage in a statement ("100% hồ sơ …") is
 * taken as its goal. Pure logic over rows already read.
 */
final class TargetAppendix {

    private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+\\.?$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+\\.?$");
    private static final Pattern SUB_NUMBER = Pattern.compile("^\\d+(\\.\\d+)+\\.?$");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[,.]\\d+)?)\\s?%");

    private TargetAppendix() {}

    /** Whether the header row is the target appendix's ("Nội dung chỉ tiêu") rather than a task table's. */
    static boolean isHeader(SheetRow header) {
        return VietnameseText.fold(header.cell(1)).contains("chi tieu");
    }

    static TaskImport.Parsed read(List<SheetRow> sheet, int header, int planYear) {
        List<FileProblem> problems = new ArrayList<>();
        List<TaskImport.TargetLine> targets = new ArrayList<>();
        Map<String, Boolean> leads = new LinkedHashMap<>();
        Integer year = null;
        String area = null;
        for (int i = header + 1; i < sheet.size(); i++) {
            SheetRow r = sheet.get(i);
            if (r.blank()) {
                continue;
            }
            for (String column : r.formulaColumns()) {
                problems.add(new FileProblem(
                        r.number(), column, "ô chứa công thức, chỉ nhận giá trị / formulas are not accepted"));
            }
            String tt = text(r.cell(0));
            String statement = text(r.cell(1));
            String lead = text(r.cell(2));
            if (tt != null && ROMAN.matcher(tt).matches()) {
                Matcher y = YEAR.matcher(statement == null ? "" : statement);
                year = y.find() ? Integer.valueOf(y.group(1)) : null;
                area = null;
                continue;
            }
            if (tt != null && NUMBER.matcher(tt).matches() && lead == null) {
                area = areaOf(statement);
                if (area == null) {
                    problems.add(new FileProblem(
                            r.number(),
                            "B",
                            "\"" + statement + "\": không nhận ra lĩnh vực (Về Chính quyền số, Về Kinh tế số…) và"
                                    + " thiếu cơ quan chủ trì / neither an area heading nor a target with a lead"));
                }
                continue;
            }
            if (tt == null
                    || !(NUMBER.matcher(tt).matches() || SUB_NUMBER.matcher(tt).matches())) {
                problems.add(
                        new FileProblem(r.number(), "A", "số thứ tự không hợp lệ: \"" + tt + "\" / not a row number"));
                continue;
            }
            if (statement == null) {
                problems.add(new FileProblem(
                        r.number(), "B", "nội dung chỉ tiêu trống (ô gộp đặt sai chỗ?) / the target is empty"));
                continue;
            }
            if (lead != null) {
                leads.put(lead, true);
            }
            Matcher percent = PERCENT.matcher(statement);
            BigDecimal goal = null;
            if (percent.find()) {
                String first = percent.group(1);
                if (!percent.find()) {
                    goal = new BigDecimal(first.replace(',', '.'));
                }
            }
            targets.add(new TaskImport.TargetLine(
                    r.number(),
                    area,
                    year == null ? planYear : year,
                    statement,
                    goal,
                    goal == null ? null : "%",
                    lead,
                    text(r.cell(3)),
                    text(r.cell(4))));
        }
        if (targets.isEmpty() && problems.isEmpty()) {
            problems.add(new FileProblem(
                    null, null, "không có chỉ tiêu nào dưới dòng tiêu đề / no target under the header"));
        }
        return new TaskImport.Parsed(List.of(), targets, List.copyOf(leads.keySet()), List.of(), problems);
    }

    /** The area an appendix heading names ("Về Chính quyền số" → DIGITAL_GOVERNMENT), or null. */
    static String areaOf(String heading) {
        String f = VietnameseText.fold(heading);
        String[][] words = {
            {"chinh quyen so", "DIGITAL_GOVERNMENT"},
            {"kinh te so", "DIGITAL_ECONOMY"},
            {"xa hoi so", "DIGITAL_SOCIETY"},
            {"nhan thuc", "AWARENESS"},
            {"the che", "INSTITUTIONS"},
            {"ha tang", "INFRASTRUCTURE"},
            {"du lieu", "DATA"},
            {"nen tang", "PLATFORMS"},
            {"nhan luc", "HUMAN_RESOURCES"},
            {"an toan", "CYBER_SECURITY"},
            {"an ninh mang", "CYBER_SECURITY"}
        };
        for (String[] w : words) {
            if (f.contains(w[0])) {
                return w[1];
            }
        }
        return null;
    }

    private static String text(String cell) {
        String t = VietnameseText.nfc(cell);
        return t == null || t.isEmpty() ? null : t;
    }
}
