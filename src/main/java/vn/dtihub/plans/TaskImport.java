package vn.dtihub.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.dtihub.documents.SheetRow;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.VietnameseText;

/**
 * The task table of a plan as the documents print it (TT, Nhiệm vụ, Kết quả thực hiện, Thời gian hoàn thành, Cơ
 * quan thực hiện, Cơ quan phối hợp; section rows numbered in Roman numerals), read from an uploaded sheet into
 * tasks, with every problem named by row and column; a sheet whose header reads "Nội dung chỉ tiêu" is a target
 * appendix instead ({@link TargetAppendix}). Pure logic over rows already read.
 */
public final class TaskImport {

    private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+\\.?$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+\\.?$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(\\d{1,2})\\s+(\\S.*)$", Pattern.DOTALL);

    /** One task row as read: its sheet row, section, texts, the deadline as written and the lead as written. */
    public record Row(
            int row,
            String sectionCode,
            String sectionTitle,
            String text,
            String expectedResult,
            String deadline,
            String lead,
            String coordinators,
            String footnotes) {}

    /** What the file holds: the task rows, the lead names in order of appearance, and the problems found. */
    /** One target row of a target appendix: its sheet row, area, year, statement, goal, lead, coordinators, note. */
    public record TargetLine(
            int row,
            String area,
            Integer goalYear,
            String statement,
            java.math.BigDecimal goal,
            String unitOfMeasure,
            String lead,
            String coordinators,
            String note) {}

    /**
     * What the file holds: the task rows (a task table) or the target rows (a target appendix), the lead names in
     * order of appearance, and the problems found.
     */
    public record Parsed(
            List<Row> rows, List<TargetLine> targets, List<String> leadNames, List<FileProblem> problems) {}

    private TaskImport() {}

    public static Parsed read(List<SheetRow> sheet, int planYear) {
        List<FileProblem> problems = new ArrayList<>();
        int header = -1;
        for (int i = 0; i < sheet.size(); i++) {
            String first = VietnameseText.fold(sheet.get(i).cell(0));
            if (first.equals("tt") || first.equals("stt")) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            problems.add(new FileProblem(
                    null, "A", "không thấy dòng tiêu đề bắt đầu bằng \"TT\" / no header row starting with \"TT\""));
            return new Parsed(List.of(), List.of(), List.of(), problems);
        }
        if (TargetAppendix.isHeader(sheet.get(header))) {
            return TargetAppendix.read(sheet, header, planYear);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Boolean> leads = new LinkedHashMap<>();
        String sectionCode = null;
        String sectionTitle = null;
        Map<String, SheetRow> footnotes = new LinkedHashMap<>();
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
            String task = text(r.cell(1));
            if (tt != null && ROMAN.matcher(tt).matches()) {
                sectionCode = tt.replace(".", "");
                sectionTitle = task;
                continue;
            }
            if (tt != null && !NUMBER.matcher(tt).matches() && task == null) {
                // A footnote under the table ("2 Theo ý kiến chỉ đạo …" in one cell): it belongs to the task whose
                // text carries its number as a marker ("… di động2.").
                var note = FOOTNOTE.matcher(tt);
                if (note.matches()) {
                    footnotes.put(note.group(1), r);
                } else {
                    problems.add(new FileProblem(
                            r.number(),
                            "A",
                            "không phải số thứ tự, mục (I, II…) hay chú thích (\"2 Theo …\") / not a number, a section"
                                    + " or a footnote"));
                }
                continue;
            }
            if (task == null) {
                problems.add(
                        new FileProblem(r.number(), "B", "nhiệm vụ trống (ô gộp đặt sai chỗ?) / the task is empty"));
                continue;
            }
            String deadline = text(r.cell(3));
            if (deadline == null) {
                problems.add(new FileProblem(r.number(), "D", "thiếu thời gian hoàn thành / the deadline is missing"));
            } else {
                try {
                    Deadline.parse(deadline, planYear);
                } catch (IllegalArgumentException e) {
                    problems.add(new FileProblem(r.number(), "D", e.getMessage()));
                }
            }
            String lead = text(r.cell(4));
            if (lead != null) {
                leads.put(lead, true);
            }
            rows.add(new Row(
                    r.number(),
                    sectionCode,
                    sectionTitle,
                    task,
                    text(r.cell(2)),
                    deadline,
                    lead,
                    text(r.cell(5)),
                    null));
        }
        rows = withFootnotes(rows, footnotes, problems);
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(
                    new FileProblem(null, null, "không có nhiệm vụ nào dưới dòng tiêu đề / no task under the header"));
        }
        return new Parsed(rows, List.of(), List.copyOf(leads.keySet()), problems);
    }

    /**
     * Gives each footnote to the task that carries its marker: the number written right after a word, a quote or a
     * bracket ("di động1.", "TTHC5", "2023-2025”6"). A footnote no task refers to is named, because guessing its task
     * would file a legal basis under the wrong task.
     */
    private static List<Row> withFootnotes(
            List<Row> rows, Map<String, SheetRow> footnotes, List<FileProblem> problems) {
        if (footnotes.isEmpty()) {
            return rows;
        }
        List<Row> out = new ArrayList<>(rows);
        for (Map.Entry<String, SheetRow> note : footnotes.entrySet()) {
            Pattern marker = Pattern.compile("[\\p{L}”\"’)\\]]" + note.getKey() + "(?!\\d)");
            boolean placed = false;
            for (int i = 0; i < out.size(); i++) {
                Row r = out.get(i);
                if (marker.matcher(r.text()).find()) {
                    String line = text(note.getValue().cell(0));
                    out.set(
                            i,
                            new Row(
                                    r.row(),
                                    r.sectionCode(),
                                    r.sectionTitle(),
                                    r.text(),
                                    r.expectedResult(),
                                    r.deadline(),
                                    r.lead(),
                                    r.coordinators(),
                                    r.footnotes() == null ? line : r.footnotes() + "\n" + line));
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                problems.add(new FileProblem(
                        note.getValue().number(),
                        "A",
                        "chú thích " + note.getKey() + " không gắn với nhiệm vụ nào: thêm số " + note.getKey()
                                + " sau từ được chú thích hoặc xóa dòng / footnote " + note.getKey()
                                + " is not referenced by any task"));
            }
        }
        return out;
    }

    private static String text(String cell) {
        String t = VietnameseText.nfc(cell);
        return t == null || t.isEmpty() ? null : t;
    }
}
