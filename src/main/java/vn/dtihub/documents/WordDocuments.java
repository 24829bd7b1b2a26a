package vn.dtihub.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link OfficialDocument} as .docx in the layout of Decree 30/2020/NĐ-CP: A4, Times New Roman 13–14 pt,
 * the two-column header as a borderless table, the body, the task table as a real table, recipients and signature.
 * Text goes in as runs, never as markup, so a name typed by a user is printed, not interpreted.
 */
@Component
public class WordDocuments {

    static final String FONT = "Times New Roman";

    public byte[] write(OfficialDocument doc) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(word, doc.table() != null && doc.table().headers().size() > 5);
            header(word, doc);
            XWPFParagraph kind = paragraph(word, ParagraphAlignment.CENTER, 240, 0);
            run(kind, doc.kind(), 14, true, false);
            XWPFParagraph title = paragraph(word, ParagraphAlignment.CENTER, 0, 240);
            run(title, doc.title(), 14, true, false);
            for (OfficialDocument.Section section : doc.sections()) {
                XWPFParagraph heading = paragraph(word, ParagraphAlignment.BOTH, 120, 60);
                heading.setIndentationFirstLine(567);
                run(heading, section.heading(), 14, true, false);
                for (String text : section.paragraphs()) {
                    for (String line : text.split("\n")) {
                        XWPFParagraph p = paragraph(word, ParagraphAlignment.BOTH, 0, 60);
                        p.setIndentationFirstLine(567);
                        run(p, line, 14, false, false);
                    }
                }
            }
            if (doc.table() != null) {
                table(word, doc.table());
            }
            closing(word, doc);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument word, boolean landscape) {
        CTSectPr sect = word.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        // A4 in twentieths of a point; margins 20 mm top and bottom, 30 mm left, 15 mm right (Decree 30, Annex I).
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
    }

    private static void header(XWPFDocument word, OfficialDocument doc) {
        XWPFTable table = word.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("40%");
        right.setWidth("60%");
        XWPFParagraph l1 = left.getParagraphs().get(0);
        l1.setAlignment(ParagraphAlignment.CENTER);
        if (doc.superiorBody() != null) {
            run(l1, doc.superiorBody().toUpperCase(vn.dtihub.shared.VietnameseText.LOCALE), 13, false, false);
            l1 = left.addParagraph();
            l1.setAlignment(ParagraphAlignment.CENTER);
        }
        run(l1, doc.issuer().toUpperCase(vn.dtihub.shared.VietnameseText.LOCALE), 13, true, false);
        XWPFParagraph l2 = left.addParagraph();
        l2.setAlignment(ParagraphAlignment.CENTER);
        run(l2, "Số: " + (doc.number() == null ? "      " : doc.number()), 13, false, false);
        XWPFParagraph r1 = right.getParagraphs().get(0);
        r1.setAlignment(ParagraphAlignment.CENTER);
        run(r1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
        XWPFParagraph r2 = right.addParagraph();
        r2.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun motto = run(r2, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        motto.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        XWPFParagraph r3 = right.addParagraph();
        r3.setAlignment(ParagraphAlignment.CENTER);
        run(r3, doc.placeAndDate(), 14, false, true);
    }

    private static void table(XWPFDocument word, OfficialDocument.Table data) {
        if (data.heading() != null) {
            XWPFParagraph heading = paragraph(word, ParagraphAlignment.CENTER, 240, 120);
            run(heading, data.heading(), 13, true, false);
        }
        XWPFTable table =
                word.createTable(data.rows().size() + 1, data.headers().size());
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        for (int c = 0; c < data.headers().size(); c++) {
            cell(table.getRow(0).getCell(c), data.headers().get(c), true);
        }
        table.getRow(0).setRepeatHeader(true);
        List<Integer> widths = data.widthPercents();
        // LibreOffice lays a table out by its grid, Word by the cell widths: set both.
        var grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        long total = 0;
        for (var col : grid.getGridColList()) {
            total += col.isSetW() ? Long.parseLong(col.getW().toString()) : 0;
        }
        total = total > 0 ? total : 9_600;
        while (grid.sizeOfGridColArray() < widths.size()) {
            grid.addNewGridCol();
        }
        for (int c = 0; c < widths.size(); c++) {
            grid.getGridColArray(c).setW(java.math.BigInteger.valueOf(total * widths.get(c) / 100));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.size() && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(widths.get(c) + "%");
            }
        }
        for (int r = 0; r < data.rows().size(); r++) {
            List<String> row = data.rows().get(r);
            boolean group = data.groupRows().get(r);
            for (int c = 0; c < data.headers().size(); c++) {
                cell(table.getRow(r + 1).getCell(c), c < row.size() ? row.get(c) : "", group);
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        String[] lines = (text == null ? "" : text).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p = cell.addParagraph();
            }
            run(p, lines[i], 12, bold, false);
        }
    }

    private static void closing(XWPFDocument word, OfficialDocument doc) {
        XWPFTable table = word.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph recipients = left.getParagraphs().get(0);
        XWPFRun label = run(recipients, "Nơi nhận:", 12, true, true);
        label.setItalic(true);
        for (String r : doc.recipients()) {
            XWPFParagraph p = left.addParagraph();
            run(p, "- " + r + ";", 11, false, false);
        }
        XWPFParagraph position = right.getParagraphs().get(0);
        position.setAlignment(ParagraphAlignment.CENTER);
        run(
                position,
                doc.signerTitle() == null ? "" : doc.signerTitle().toUpperCase(vn.dtihub.shared.VietnameseText.LOCALE),
                14,
                true,
                false);
        for (int i = 0; i < 3; i++) {
            right.addParagraph();
        }
        XWPFParagraph name = right.addParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        run(name, doc.signerName() == null ? "" : doc.signerName(), 14, true, false);
    }

    private static XWPFParagraph paragraph(XWPFDocument word, ParagraphAlignment alignment, int before, int after) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(clean(text));
        return run;
    }

    /** Characters XML cannot carry (a NUL typed into a name) are dropped; everything else is text. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
