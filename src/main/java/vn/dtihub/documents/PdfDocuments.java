package vn.dtihub.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * PDFs for official tables: an XHTML page rendered with DejaVu Sans, which has every Vietnamese glyph (without a
 * registered font the renderer prints "Chuy#n ##i s#"). Callers give text; this class escapes it.
 */
@Component
public class PdfDocuments {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Object[][] FONTS = {
        {"DejaVuSans.ttf", "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL},
        {"DejaVuSans-Bold.ttf", "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL},
        {"DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.ITALIC},
        {"DejaVuSerif.ttf", "DejaVu Serif", 400, PdfRendererBuilder.FontStyle.NORMAL},
        {"DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, PdfRendererBuilder.FontStyle.NORMAL},
        {"DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, PdfRendererBuilder.FontStyle.ITALIC},
        {"DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, PdfRendererBuilder.FontStyle.ITALIC}
    };

    /** A landscape A4 page: a heading, a subtitle and a table (text cells, escaped here). */
    public byte[] table(String heading, String subtitle, List<String> headers, List<List<String>> rows) {
        StringBuilder html = new StringBuilder();
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page { size: A4 landscape; margin: 15mm; }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 9pt; }")
                .append("h1 { font-size: 13pt; text-align: center; margin: 0 0 4pt 0; }")
                .append("p.sub { text-align: center; font-style: italic; margin: 0 0 10pt 0; }")
                .append("table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }")
                .append("th, td { border: 0.5pt solid #444; padding: 3pt; vertical-align: top; }")
                .append("th { background: #e8e8e8; font-weight: bold; }")
                .append("</style></head><body>");
        html.append("<h1>").append(escape(heading)).append("</h1>");
        if (subtitle != null) {
            html.append("<p class=\"sub\">").append(escape(subtitle)).append("</p>");
        }
        html.append("<table><thead><tr>");
        headers.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table></body></html>");
        return render(html.toString());
    }

    /** An official document (Decree 30 layout) as PDF, in DejaVu Serif for every Vietnamese glyph. */
    public byte[] official(OfficialDocument doc) {
        boolean landscape = doc.table() != null && doc.table().headers().size() > 5;
        StringBuilder html = new StringBuilder();
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page { size: A4")
                .append(landscape ? " landscape" : "")
                .append("; margin: 20mm 15mm 20mm 30mm; }")
                .append("body { font-family: 'DejaVu Serif'; font-size: 11.5pt; line-height: 1.35; }")
                .append(
                        "table.head, table.close { width: 100%; border-collapse: collapse; } table.head td, table.close td { vertical-align: top; }")
                .append(
                        ".c { text-align: center; } .b { font-weight: bold; } .i { font-style: italic; } .u { text-decoration: underline; }")
                .append(
                        "h1 { font-size: 12.5pt; text-align: center; margin: 14pt 0 0 0; } h2 { font-size: 12pt; text-align: center; margin: 0 0 12pt 0; }")
                .append(
                        "h3 { font-size: 11.5pt; margin: 8pt 0 4pt 0; } p { text-align: justify; text-indent: 10mm; margin: 0 0 4pt 0; }")
                .append(
                        "table.data { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; font-size: 10pt; margin-top: 6pt; }")
                .append(
                        "table.data th, table.data td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }")
                .append("table.data th { font-weight: bold; text-align: center; } tr.group td { font-weight: bold; }")
                .append("</style></head><body>");
        html.append("<table class=\"head\"><tr><td class=\"c\" style=\"width:40%\">");
        if (doc.superiorBody() != null) {
            html.append(escape(doc.superiorBody().toUpperCase(vn.dtihub.shared.VietnameseText.LOCALE)))
                    .append("<br/>");
        }
        html.append("<span class=\"b\">")
                .append(escape(doc.issuer().toUpperCase(vn.dtihub.shared.VietnameseText.LOCALE)))
                .append("</span><br/>Số: ")
                .append(escape(doc.number() == null ? "" : doc.number()))
                .append("</td><td class=\"c\"><span class=\"b\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span><br/>")
                .append("<span class=\"b u\">Độc lập - Tự do - Hạnh phúc</span><br/><span class=\"i\">")
                .append(escape(doc.placeAndDate()))
                .append("</span></td></tr></table>");
        html.append("<h1>")
                .append(escape(doc.kind()))
                .append("</h1><h2>")
                .append(escape(doc.title()))
                .append("</h2>");
        for (OfficialDocument.Section section : doc.sections()) {
            html.append("<h3>").append(escape(section.heading())).append("</h3>");
            for (String text : section.paragraphs()) {
                for (String line : text.split("\n")) {
                    html.append("<p>").append(escape(line)).append("</p>");
                }
            }
        }
        if (doc.table() != null) {
            OfficialDocument.Table t = doc.table();
            if (t.heading() != null) {
                html.append("<h3 class=\"c\">").append(escape(t.heading())).append("</h3>");
            }
            html.append("<table class=\"data\"><colgroup>");
            t.widthPercents()
                    .forEach(w -> html.append("<col style=\"width:").append(w).append("%\"/>"));
            html.append("</colgroup><thead><tr>");
            t.headers().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
            html.append("</tr></thead><tbody>");
            for (int r = 0; r < t.rows().size(); r++) {
                html.append(t.groupRows().get(r) ? "<tr class=\"group\">" : "<tr>");
                for (String cell : t.rows().get(r)) {
                    html.append("<td>")
                            .append(escape(cell).replace("\n", "<br/>"))
                            .append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<table class=\"close\"><tr><td style=\"width:50%\"><span class=\"b i\">Nơi nhận:</span>");
        doc.recipients().forEach(r -> html.append("<br/>- ").append(escape(r)).append(";"));
        html.append("</td><td class=\"c\"><span class=\"b\">")
                .append(escape(
                        doc.signerTitle() == null
                                ? ""
                                : doc.signerTitle().toUpperCase(vn.dtihub.shared.VietnameseText.LOCALE)))
                .append("</span><br/><br/><br/><br/><span class=\"b\">")
                .append(escape(doc.signerName() == null ? "" : doc.signerName()))
                .append("</span></td></tr></table></body></html>");
        return render(html.toString());
    }

    byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Object[] f : FONTS) {
                String file = (String) f[0];
                builder.useFont(
                        () -> font(file), (String) f[1], (Integer) f[2], (PdfRendererBuilder.FontStyle) f[3], true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = PdfDocuments.class.getResourceAsStream(FONT + file);
        if (in == null) {
            throw new IllegalStateException("Font missing from the classpath: " + file);
        }
        return in;
    }

    /** Escapes text for XHTML, and drops characters XML cannot carry (a NUL typed into a name). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
        return HtmlUtils.htmlEscape(clean, "UTF-8");
    }
}
