package vn.dtihub.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One problem of an uploaded file (an import, a filled-in form), where a user finds it: the row (1-based, as the spreadsheet numbers it, or the
 * position in the JSON list), the column (a letter in xlsx, a field name in JSON) and what is wrong.
 */
public record FileProblem(Integer row, String column, String message) {

    /** Where to look ("dòng 12, cột D"), as a message key for the reader's language; empty when nowhere. */
    public MessageSourceResolvable place() {
        if (row == null) {
            return text("file.where.column", column == null ? "" : column);
        }
        String r = String.valueOf(row);
        return column == null ? text("file.where.row", r) : text("file.where.rowColumn", r, column);
    }

    private static MessageSourceResolvable text(String key, String... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }
}
