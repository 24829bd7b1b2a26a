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

    byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("DejaVuSans-Oblique.ttf"),
                    "DejaVu Sans",
                    400,
                    PdfRendererBuilder.FontStyle.ITALIC,
                    true);
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
