package vn.dtihub.documents;

import java.util.List;

/**
 * One sheet to write: a title block (lines above the table), the column headers, the rows (strings, numbers,
 * booleans, dates or null), column widths in characters, and whether the structure is protected (users fill in
 * values but cannot reshape the table).
 */
public record Sheet(
        String name,
        List<String> title,
        List<String> headers,
        List<List<Object>> rows,
        List<Integer> widths,
        boolean protectedStructure) {}
