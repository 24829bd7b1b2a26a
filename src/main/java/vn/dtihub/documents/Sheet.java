package vn.dtihub.documents;

import java.util.List;
import java.util.Set;

/**
 * One sheet to write: a title block (lines above the table), the column headers, the rows (strings, numbers,
 * booleans, dates or null), column widths in characters, whether the structure is protected (users fill in values
 * but cannot reshape the table), and, in a protected sheet, the columns users cannot change either (a form's
 * criteria, as opposed to its values).
 */
public record Sheet(
        String name,
        List<String> title,
        List<String> headers,
        List<List<Object>> rows,
        List<Integer> widths,
        boolean protectedStructure,
        Set<Integer> lockedColumns) {

    public Sheet {
        lockedColumns = lockedColumns == null ? Set.of() : Set.copyOf(lockedColumns);
    }

    public Sheet(
            String name,
            List<String> title,
            List<String> headers,
            List<List<Object>> rows,
            List<Integer> widths,
            boolean protectedStructure) {
        this(name, title, headers, rows, widths, protectedStructure, Set.of());
    }
}
