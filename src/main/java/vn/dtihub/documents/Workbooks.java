package vn.dtihub.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.FileRejectedException;

/**
 * Writes workbooks with POI's streaming writer, every text cell as text (a cell starting with {@code = + - @}, a
 * tab or NUL is marked quote-prefixed, so no spreadsheet ever runs it as a formula), and reads the first sheet of
 * an uploaded workbook with a SAX parser: bounded archive expansion and entry count, a row limit, and the formula
 * cells reported so that callers can refuse them.
 */
@Component
public class Workbooks {

    /** Expanded size of any entry of an uploaded xlsx: far below POI's default of 4 GiB. */
    public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxFileCount(1_000);
    }

    public byte[] write(List<Sheet> sheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setLocked(false);
            CellStyle quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            CellStyle locked = workbook.createCellStyle();
            locked.cloneStyleFrom(text);
            locked.setLocked(true);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle lockedQuoted = workbook.createCellStyle();
            lockedQuoted.cloneStyleFrom(locked);
            lockedQuoted.setQuotePrefixed(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            date.setLocked(false);
            for (Sheet sheet : sheets) {
                SXSSFSheet target = workbook.createSheet(safeSheetName(sheet.name()));
                int r = 0;
                for (String line : sheet.title()) {
                    Cell cell = target.createRow(r++).createCell(0);
                    setText(cell, line, titleStyle, quoted);
                }
                if (!sheet.title().isEmpty()) {
                    r++;
                }
                Row head = target.createRow(r++);
                for (int c = 0; c < sheet.headers().size(); c++) {
                    setText(head.createCell(c), sheet.headers().get(c), header, quoted);
                }
                for (List<Object> values : sheet.rows()) {
                    Row row = target.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        Cell cell = row.createCell(c);
                        boolean fixed = sheet.lockedColumns().contains(c);
                        CellStyle plain = fixed ? locked : text;
                        CellStyle asText = fixed ? lockedQuoted : quoted;
                        if (v == null) {
                            cell.setCellStyle(plain);
                        } else if (v instanceof Number n) {
                            cell.setCellValue(new BigDecimal(n.toString()).doubleValue());
                            cell.setCellStyle(plain);
                        } else if (v instanceof Boolean b) {
                            setText(cell, b ? "x" : "", plain, asText);
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else {
                            setText(cell, v.toString(), plain, asText);
                        }
                    }
                }
                for (int c = 0; c < sheet.widths().size(); c++) {
                    target.setColumnWidth(c, Math.min(255, sheet.widths().get(c)) * 256);
                }
                target.createFreezePane(
                        0, sheet.title().isEmpty() ? 1 : sheet.title().size() + 2);
                if (sheet.protectedStructure()) {
                    target.protectSheet("");
                    target.lockFormatColumns(false);
                    target.lockInsertRows(false);
                    target.lockDeleteRows(false);
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setText(Cell cell, String value, CellStyle plain, CellStyle quoted) {
        cell.setCellValue(value);
        cell.setCellStyle(needsQuote(value) ? quoted : plain);
    }

    /** Text that a spreadsheet would otherwise take as the start of a formula. */
    public static boolean needsQuote(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '\0';
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Sheet" : cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    /**
     * Reads the first sheet's rows as text. A file that is not an xlsx, expands too much, or has more rows than
     * {@code maxRows} is refused with a problem naming why; nothing else is read.
     */
    public List<SheetRow> read(InputStream input, int maxRows) {
        List<SheetRow> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(input)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw rejected("tệp không có trang tính nào / the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                SheetHandler handler = new SheetHandler(strings, rows, maxRows);
                factory.newSAXParser().parse(new InputSource(sheet), handler);
                return merged(rows, handler.merges);
            }
        } catch (TooManyRows e) {
            throw rejected("tệp có quá " + maxRows + " dòng / the sheet has more than " + maxRows + " rows");
        } catch (FileRejectedException e) {
            throw e;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("Zip bomb")) {
                throw rejected("tệp nén bất thường (zip bomb) / the file expands suspiciously");
            }
            throw rejected("không đọc được tệp xlsx / not a readable xlsx file");
        } catch (Exception e) {
            throw rejected("không đọc được tệp xlsx / not a readable xlsx file");
        }
    }

    /**
     * The rows with their merged cells: a cell merged across columns is noted on its row; one merged down over rows
     * gives its text to every row it covers.
     */
    private static List<SheetRow> merged(List<SheetRow> rows, List<int[]> merges) {
        if (merges.isEmpty()) {
            return rows;
        }
        java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).number(), i);
        }
        List<List<String>> cells = new ArrayList<>();
        List<java.util.Map<Integer, Integer>> spans = new ArrayList<>();
        for (SheetRow r : rows) {
            cells.add(new ArrayList<>(r.cells()));
            spans.add(new java.util.HashMap<>());
        }
        for (int[] m : merges) {
            Integer top = index.get(m[0]);
            if (top == null) {
                continue;
            }
            String text = rows.get(top).cell(m[1]);
            for (int row = m[0]; row <= m[2]; row++) {
                Integer at = index.get(row);
                if (at == null) {
                    continue;
                }
                if (m[3] > m[1]) {
                    spans.get(at).put(m[1], m[3]);
                }
                if (row > m[0] && text != null) {
                    List<String> c = cells.get(at);
                    while (c.size() <= m[1]) {
                        c.add(null);
                    }
                    c.set(m[1], text);
                }
            }
        }
        List<SheetRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SheetRow r = rows.get(i);
            out.add(new SheetRow(r.number(), cells.get(i), r.formulaColumns(), java.util.Map.copyOf(spans.get(i))));
        }
        return out;
    }

    private static FileRejectedException rejected(String message) {
        return new FileRejectedException(List.of(new FileProblem(null, null, message)));
    }

    private static final class TooManyRows extends SAXException {
        TooManyRows() {
            super("too many rows");
        }
    }

    /** Collects cell texts by column; notes formula cells. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final List<SheetRow> rows;
        private final int maxRows;
        private List<String> cells;
        private List<String> formulas;
        private int rowNumber;
        private int column;
        private String type;
        private boolean formula;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        /** Merged regions as first row, first column, last row, last column (rows 1-based, columns 0-based). */
        private final List<int[]> merges = new ArrayList<>();

        SheetHandler(ReadOnlySharedStringsTable strings, List<SheetRow> rows, int maxRows) {
            this.strings = strings;
            this.rows = rows;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
            switch (local) {
                case "row" -> {
                    if (rows.size() >= maxRows) {
                        throw new TooManyRows();
                    }
                    cells = new ArrayList<>();
                    formulas = new ArrayList<>();
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : columnIndex(ref);
                    type = attributes.getValue("t");
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "mergeCell" -> {
                    String[] ends = String.valueOf(attributes.getValue("ref")).split(":");
                    if (ends.length == 2 && merges.size() < 10_000) {
                        merges.add(
                                new int[] {rowOf(ends[0]), columnIndex(ends[0]), rowOf(ends[1]), columnIndex(ends[1])});
                    }
                }
                // An inline string's text is in <t>; every other cell's in <v>. A cell edited by another program
                // may keep a stale <is><t> beside its new <v>: reading both would join two values.
                case "v" -> inValue = !"inlineStr".equals(type);
                case "t" -> inValue = "inlineStr".equals(type);
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(null);
                    }
                    String text = value.toString();
                    if ("s".equals(type) && !text.isEmpty()) {
                        text = strings.getItemAt(Integer.parseInt(text.strip())).getString();
                    }
                    cells.add(text.isEmpty() ? null : text);
                    if (formula) {
                        formulas.add(SheetRow.column(column));
                    }
                }
                case "row" -> rows.add(new SheetRow(rowNumber, cells, formulas));
                default -> {}
            }
        }

        private static int rowOf(String ref) {
            String digits = ref.replaceAll("[^0-9]", "");
            return digits.isEmpty() ? 0 : Integer.parseInt(digits);
        }

        private static int columnIndex(String ref) {
            int index = 0;
            for (char ch : ref.toCharArray()) {
                if (!Character.isLetter(ch)) {
                    break;
                }
                index = index * 26 + (Character.toUpperCase(ch) - 'A' + 1);
            }
            return index - 1;
        }
    }
}
