package vn.dtihub.shared;

/**
 * One problem of an uploaded file (an import, a filled-in form), where a user finds it: the row (1-based, as the spreadsheet numbers it, or the
 * position in the JSON list), the column (a letter in xlsx, a field name in JSON) and what is wrong.
 */
public record FileProblem(Integer row, String column, String message) {

    public String where(boolean english) {
        if (row == null) {
            return column == null ? "" : column;
        }
        String r = english ? "row " + row : "dòng " + row;
        return column == null ? r : r + (english ? ", column " : ", cột ") + column;
    }
}
