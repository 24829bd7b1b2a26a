package vn.dtihub.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real files for upload tests: a one-page PDF that PDFBox opens, optionally with a marker after its end. */
public final class TestFiles {

    private TestFiles() {}

    public static byte[] pdf() {
        return pdf(null);
    }

    /** A one-page PDF; {@code trailer} (a secret a test looks for) is appended as a comment after {@code %%EOF}. */
    public static byte[] pdf(String trailer) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            if (trailer != null) {
                out.write(("\n% " + trailer + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
