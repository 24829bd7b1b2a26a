package vn.dtihub.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A Vietnamese administrative document as Decree 30/2020/NĐ-CP lays it out: the two-column header (the body above
 * the issuer and the issuer, with the number, on the left; the national motto and the place and date on the right),
 * the kind ("KẾ HOẠCH") and the title, the body in numbered sections, an optional table, the recipients and the
 * signature block.
 */
public record OfficialDocument(
        String superiorBody,
        String issuer,
        String number,
        String place,
        LocalDate date,
        String kind,
        String title,
        List<Section> sections,
        Table table,
        List<String> recipients,
        String signerTitle,
        String signerName) {

    /** A numbered part of the body: its heading and its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {}

    /**
     * A table: headers, rows, and which rows are group rows (a section in Roman numerals spanning the table). The
     * heading is printed above it.
     */
    public record Table(String heading, List<String> headers, List<List<String>> rows, List<Boolean> groupRows) {

        /**
         * Column widths in percent, as administrative tables set them: a narrow number column (TT, STT), the main
         * text (the column after it) twice as wide as each of the others.
         */
        public List<Integer> widthPercents() {
            int n = headers.size();
            int[] weights = new int[n];
            int sum = 0;
            for (int c = 0; c < n; c++) {
                String h = headers.get(c).strip().toUpperCase(java.util.Locale.ROOT);
                weights[c] = c == 0 && (h.equals("TT") || h.equals("STT")) ? 1 : c == 1 ? 5 : 3;
                sum += weights[c];
            }
            List<Integer> out = new java.util.ArrayList<>();
            for (int w : weights) {
                out.add(Math.round(w * 100f / sum));
            }
            return out;
        }
    }

    /** "Thanh Hóa, ngày 11 tháng 12 năm 2023", or only the place when the date is not set yet. */
    public String placeAndDate() {
        if (date == null) {
            return place + ", ngày    tháng    năm";
        }
        return place + ", ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }
}
