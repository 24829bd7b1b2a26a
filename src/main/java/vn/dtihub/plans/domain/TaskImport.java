package vn.dtihub.plans.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dtihub.documents.SheetRow;
import vn.dtihub.plans.Deadline;
import vn.dtihub.plans.PartyPhrases;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.VietnameseText;

/**
 * The task table of a plan as the documents print it and offices retype it into Excel (TT, Nhiệm vụ, Kết quả thực
 * hiện, Thời gian hoàn thành, Cơ quan thực hiện, Cơ quan phối hợp), read into tasks with every problem named by row
 * and column; a sheet whose header reads "Nội dung chỉ tiêu" is a target appendix instead ({@link TargetAppendix}).
 *
 * <ul>
 *   <li>A Roman numeral in TT opens a section ("IV QUẢN TRỊ SỐ"); a letter opens a sub-section inside it ("A Thể chế,
 *       chính sách"); a number, or nothing, is a task. Anything else in TT ("một", "2a", a sentence) is refused.
 *   <li>An empty deadline cell is a task with no stated deadline. A cell merged across the deadline and agency
 *       columns keeps its text where it belongs: a deadline if it reads as one, else the lead (or the result).
 *   <li>A row "5 Kế hoạch số 01/KH-UBND …" under the table is footnote 5; its marker is glued to what precedes it
 *       in a task ("TTHC5", "2023-2025”6", "đến năm 20452" when footnote 2 exists), and becomes a superscript there.
 *   <li>The lead cell is read by {@link PartyPhrases}: names to match, and collective phrases.
 * </ul>
 *
 * Pure logic over rows already read.
 */
public final class TaskImport {

    private static final Pattern ROMAN = Pattern.compile("^(X{0,3})(IX|IV|V?I{0,3})\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile("^([A-Za-zĐđ])[.)]?$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+(\\.\\d+)*\\.?$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(\\d{1,2})\\s+(\\S.*)$", Pattern.DOTALL);
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /**
     * One task row as read: its sheet row, section and sub-section, texts (footnote markers as superscripts), the
     * deadline and the lead as written, the lead read into names and collective phrases, and its footnotes.
     */
    public record Row(
            int row,
            String sectionCode,
            String sectionTitle,
            String subsectionCode,
            String subsectionTitle,
            String text,
            String expectedResult,
            String deadline,
            String lead,
            List<String> leadNames,
            List<PartyPhrases.Found> leadPhrases,
            String coordinators,
            List<Note> notes) {

        /** The footnotes as stored with the task: one line per note, each starting with its number. */
        public String footnotes() {
            return notes.isEmpty()
                    ? null
                    : String.join(
                            "\n",
                            notes.stream().map(n -> n.number() + " " + n.text()).toList());
        }

        Row withNote(String text, String expectedResult, Note note) {
            List<Note> all = new ArrayList<>(notes);
            all.add(note);
            return new Row(
                    row,
                    sectionCode,
                    sectionTitle,
                    subsectionCode,
                    subsectionTitle,
                    text,
                    expectedResult,
                    deadline,
                    lead,
                    leadNames,
                    leadPhrases,
                    coordinators,
                    List.copyOf(all));
        }
    }

    /** A footnote under the table: its number, text, the sheet row it is on and the task row it went to. */
    public record Note(String number, String text, int row, int taskRow) {}

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
     * order of appearance, the footnotes with the task each went to, and the problems found.
     */
    public record Parsed(
            List<Row> rows,
            List<TargetLine> targets,
            List<String> leadNames,
            List<Note> footnotes,
            List<FileProblem> problems) {}

    private TaskImport() {}

    public static Parsed read(List<SheetRow> sheet, int planYear) {
        List<FileProblem> problems = new ArrayList<>();
        int header = -1;
        for (int i = 0; i < sheet.size(); i++) {
            if (isHeader(sheet.get(i))) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            problems.add(new FileProblem(
                    null, "A", "không thấy dòng tiêu đề bắt đầu bằng \"TT\" / no header row starting with \"TT\""));
            return new Parsed(List.of(), List.of(), List.of(), List.of(), problems);
        }
        if (TargetAppendix.isHeader(sheet.get(header))) {
            return TargetAppendix.read(sheet, header, planYear);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Boolean> leads = new LinkedHashMap<>();
        String sectionCode = null;
        String sectionTitle = null;
        String subsectionCode = null;
        String subsectionTitle = null;
        Map<Integer, String[]> footnotes = new TreeMap<>();
        String[] lastFootnote = null;
        for (int i = header + 1; i < sheet.size(); i++) {
            SheetRow r = sheet.get(i);
            if (r.blank()) {
                continue;
            }
            if (isHeader(r)) {
                // The header printed again at the top of each page of the source.
                continue;
            }
            for (String column : r.formulaColumns()) {
                problems.add(new FileProblem(
                        r.number(), column, "ô chứa công thức, chỉ nhận giá trị / formulas are not accepted"));
            }
            String tt = text(r.cell(0));
            String task = text(r.cell(1));
            String[] continued = lastFootnote;
            lastFootnote = null;
            if (tt != null && task == null) {
                Matcher note = FOOTNOTE.matcher(tt);
                if (note.matches() && !NUMBER.matcher(tt).matches()) {
                    lastFootnote = new String[] {note.group(1), note.group(2).strip(), String.valueOf(r.number())};
                    footnotes.put(Integer.valueOf(note.group(1)), lastFootnote);
                    continue;
                }
                if (continued != null && !isCode(tt)) {
                    // A footnote's text running on to the next line of the sheet.
                    continued[1] = continued[1] + " " + tt;
                    lastFootnote = continued;
                    continue;
                }
            }
            if (tt != null && !isCode(tt)) {
                problems.add(new FileProblem(
                        r.number(),
                        "A",
                        "TT \"" + tt + "\" không phải số thứ tự (1, 2…), mục (I, II…), tiểu mục (A, B…) hay chú thích"
                                + " (\"2 Theo …\") / not a number, a section, a sub-section or a footnote"));
                continue;
            }
            if (tt != null && isSection(tt, subsectionCode)) {
                sectionCode = tt.replaceAll("[.)]", "").toUpperCase(java.util.Locale.ROOT);
                sectionTitle = task;
                subsectionCode = null;
                subsectionTitle = null;
                if (task == null) {
                    problems.add(new FileProblem(r.number(), "B", "mục " + sectionCode + " chưa có tên / no title"));
                }
                continue;
            }
            if (tt != null && LETTER.matcher(tt).matches()) {
                subsectionCode = tt.replaceAll("[.)]", "");
                subsectionTitle = task;
                if (task == null) {
                    problems.add(
                            new FileProblem(r.number(), "B", "tiểu mục " + subsectionCode + " chưa có tên / no title"));
                }
                continue;
            }
            if (task == null) {
                problems.add(
                        new FileProblem(r.number(), "B", "nhiệm vụ trống (ô gộp đặt sai chỗ?) / the task is empty"));
                continue;
            }
            String[] cells = placed(r);
            String deadline = cells[1];
            try {
                Deadline.parse(deadline, planYear);
            } catch (IllegalArgumentException e) {
                problems.add(new FileProblem(r.number(), "D", e.getMessage()));
            }
            String lead = cells[2];
            PartyPhrases.Reading reading = PartyPhrases.read(lead);
            reading.names().forEach(name -> leads.put(name, true));
            rows.add(new Row(
                    r.number(),
                    sectionCode,
                    sectionTitle,
                    subsectionCode,
                    subsectionTitle,
                    task,
                    cells[0],
                    deadline,
                    lead,
                    reading.names(),
                    reading.phrases(),
                    cells[3],
                    List.of()));
        }
        List<Note> notes = new ArrayList<>();
        rows = withFootnotes(rows, footnotes, notes, problems);
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(
                    new FileProblem(null, null, "không có nhiệm vụ nào dưới dòng tiêu đề / no task under the header"));
        }
        return new Parsed(rows, List.of(), List.copyOf(leads.keySet()), List.copyOf(notes), problems);
    }

    private static boolean isHeader(SheetRow r) {
        String first = VietnameseText.fold(r.cell(0));
        return first.equals("tt") || first.equals("stt");
    }

    private static boolean isCode(String tt) {
        return NUMBER.matcher(tt).matches()
                || LETTER.matcher(tt).matches()
                || ROMAN.matcher(tt).matches() && !tt.replace(".", "").isEmpty();
    }

    /**
     * Whether a TT is a section's Roman numeral rather than a sub-section's letter. C, D, L and M are letters (no plan
     * has a hundredth section); I, V and X are numerals, unless they follow the letter before them in a section's
     * sub-sections (H, I; U, V; W, X).
     */
    private static boolean isSection(String tt, String subsectionCode) {
        String code = tt.replaceAll("[.)]", "");
        if (!ROMAN.matcher(code).matches() || code.isEmpty() || !code.equals(code.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (code.length() == 1 && subsectionCode != null && subsectionCode.length() == 1) {
            return subsectionCode.charAt(0) + 1 != code.charAt(0);
        }
        return true;
    }

    /**
     * The result, deadline, lead and coordinators of a task row, with a cell merged across columns given to the one
     * it belongs to: across the deadline column, a deadline if it reads as one, else the result (merged from C) or
     * the lead (merged from D); from the lead across the coordinators, the lead.
     */
    private static String[] placed(SheetRow r) {
        String[] out = {text(r.cell(2)), text(r.cell(3)), text(r.cell(4)), text(r.cell(5))};
        for (int start = 2; start <= 4; start++) {
            int end = r.spanEnd(start);
            String value = text(r.cell(start));
            if (end == start || value == null) {
                continue;
            }
            for (int c = start; c <= Math.min(end, 5); c++) {
                out[c - 2] = null;
            }
            if (start <= 3 && end >= 3) {
                if (readsAsDeadline(value)) {
                    out[1] = value;
                } else if (start == 2) {
                    out[0] = value;
                } else if (end >= 4) {
                    out[2] = value;
                } else {
                    out[1] = value;
                }
            } else {
                out[start - 2] = value;
            }
            start = end;
        }
        return out;
    }

    private static boolean readsAsDeadline(String value) {
        try {
            return Deadline.parse(value, 2000).kind() != Deadline.Kind.NONE;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Gives each footnote, in the order of their numbers, to the task that carries its marker, looking from the task
     * the previous footnote went to: the number glued to a word, a quote, a bracket ("di động1.", "TTHC5",
     * "2023-2025”6") or to a year ("năm 20452" = năm 2045, note 2). The marker becomes a superscript. A footnote no
     * task refers to is named, because guessing its task would file a legal basis under the wrong task.
     */
    private static List<Row> withFootnotes(
            List<Row> rows, Map<Integer, String[]> footnotes, List<Note> notes, List<FileProblem> problems) {
        List<Row> out = new ArrayList<>(rows);
        int from = 0;
        for (Map.Entry<Integer, String[]> entry : footnotes.entrySet()) {
            String number = String.valueOf(entry.getKey());
            String[] note = entry.getValue();
            int placedAt = -1;
            for (int pass = 0; pass < 2 && placedAt < 0; pass++) {
                for (int i = pass == 0 ? from : 0; i < (pass == 0 ? out.size() : from) && placedAt < 0; i++) {
                    Row r = out.get(i);
                    String text = marked(r.text(), number);
                    String result = text == null ? marked(r.expectedResult(), number) : r.expectedResult();
                    if (text != null || result != null) {
                        Note n = new Note(number, note[1], Integer.parseInt(note[2]), r.row());
                        out.set(i, r.withNote(text == null ? r.text() : text, result, n));
                        notes.add(n);
                        placedAt = i;
                    }
                }
            }
            if (placedAt < 0) {
                problems.add(new FileProblem(
                        Integer.parseInt(note[2]),
                        "A",
                        "chú thích " + number + " không gắn với nhiệm vụ nào: thêm số " + number
                                + " sau từ được chú thích hoặc xóa dòng / footnote " + number
                                + " is not referenced by any task"));
            } else {
                from = placedAt;
            }
        }
        return out;
    }

    /** The text with the footnote marker made a superscript, or null when the text carries no such marker. */
    static String marked(String text, String number) {
        if (text == null) {
            return null;
        }
        String superscript = superscript(number);
        if (text.contains(superscript)) {
            return text;
        }
        Matcher afterYear = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)" + number + "(?!\\d)")
                .matcher(text);
        if (afterYear.find()) {
            return text.substring(0, afterYear.end(1)) + superscript + text.substring(afterYear.end());
        }
        Matcher afterWord =
                Pattern.compile("(?<=[\\p{L}”\"’)\\]%])" + number + "(?!\\d)").matcher(text);
        if (afterWord.find()) {
            return text.substring(0, afterWord.start()) + superscript + text.substring(afterWord.end());
        }
        return null;
    }

    private static String superscript(String number) {
        StringBuilder out = new StringBuilder();
        for (char c : number.toCharArray()) {
            out.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return out.toString();
    }

    private static String text(String cell) {
        String t = VietnameseText.nfc(cell);
        return t == null || t.isEmpty() ? null : t;
    }
}
