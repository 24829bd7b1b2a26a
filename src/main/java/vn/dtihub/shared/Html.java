package vn.dtihub.shared;

/** For the parts of busy pages written straight to HTML (a form's rows, a ranking's rows) instead of by templates. */
public final class Html {

    private Html() {}

    /** Text escaped for an element or a quoted attribute; empty for null. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            String entity = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(ch);
                }
            }
        }
        return out == null ? value : out.toString();
    }
}
