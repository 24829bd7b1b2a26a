package vn.dtihub.documents;

import java.util.List;

/**
 * A row read from an uploaded sheet: its number as the spreadsheet shows it (1-based), its cells as text in
 * column order (null for empty), and the columns whose cell held a formula (refused by the readers' callers).
 */
public record SheetRow(int number, List<String> cells, List<String> formulaColumns) {

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
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
