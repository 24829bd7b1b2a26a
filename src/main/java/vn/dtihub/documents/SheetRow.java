package vn.dtihub.documents;

import java.util.List;
import java.util.Map;

/**
 * A row read from an uploaded sheet: its number as the spreadsheet shows it (1-based), its cells as text in
 * column order (null for empty), the columns whose cell held a formula (refused by the readers' callers), and the
 * cells merged across columns: first column index → last column index. A cell merged down over several rows gives its
 * text to each of them, as a reader of the printed table sees it.
 */
public record SheetRow(int number, List<String> cells, List<String> formulaColumns, Map<Integer, Integer> spans) {

    public SheetRow(int number, List<String> cells, List<String> formulaColumns) {
        this(number, cells, formulaColumns, Map.of());
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    /** The last column a cell starting at this column is merged across; the column itself when not merged. */
    public int spanEnd(int index) {
        return spans.getOrDefault(index, index);
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** The column letter of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
    public static String column(int index) {
        StringBuilder out = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            out.insert(0, (char) ('A' + i % 26));
        }
        return out.toString();
    }
}
