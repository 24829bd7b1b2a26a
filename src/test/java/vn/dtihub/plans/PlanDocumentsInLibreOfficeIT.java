package vn.dtihub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/**
 * The printed plan opens in LibreOffice, the office suite of most provincial offices: the demo steering plan's .docx
 * and .xlsx are converted headless by Debian's LibreOffice (which {@code .ci/run} installs, and whose absence there
 * fails this test), without a word on stderr, and the converted text still carries the Vietnamese of the plan.
 */
class PlanDocumentsInLibreOfficeIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TASK = "Tổ chức các phiên họp thường kỳ hoặc đột xuất";

    @LocalServerPort
    int port;

    @TempDir
    Path work;

    @Test
    void theSteeringPlansDocxAndXlsxOpenInLibreOfficeWithoutWarnings() throws Exception {
        Path soffice = soffice();
        String bearer = JSON.readTree(new WebClient(port)
                        .sendJson(
                                "POST",
                                "/api/v1/auth/token",
                                "{\"username\":\"thanhhoa.cds\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                        .body())
                .get("token")
                .asString();
        long plan = -1;
        for (JsonNode p : JSON.readTree(WebClient.withToken(port, bearer)
                .getJson("/api/v1/plans?kind=STEERING")
                .body())) {
            if (p.get("title").asString().startsWith("Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa")) {
                plan = p.get("id").asLong();
            }
        }
        assertThat(plan).isPositive();
        Path docx = download(plan, "docx", bearer);
        Path xlsx = download(plan, "xlsx", bearer);

        Path pdf = convert(soffice, docx, "pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            // In reading order: where the machine lacks a glyph, LibreOffice draws it from a fallback font, apart.
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            assertThat(text)
                    .as("LibreOffice's own rendering of the .docx")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH");
            assertThat(text.replaceAll("\\s+", " "))
                    .as("a task cell's first line (cells wrap, so only the first line reads as one)")
                    .contains("Tổ chức các phiên họp thường kỳ", "Hàng Quý");
        }
        Path csv = convert(soffice, xlsx, "csv:Text - txt - csv (StarCalc):44,34,76");
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(table).as("the .xlsx as LibreOffice Calc reads it").contains(TASK, "Hàng Quý");
    }

    private Path download(long plan, String format, String bearer) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans/" + plan
                                        + "/export?format=" + format))
                                .header("Authorization", "Bearer " + bearer)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Path file = work.resolve("ke-hoach." + format);
        Files.write(file, response.body());
        return file;
    }

    /** Converts a file headless with a profile of its own; LibreOffice must say nothing but what it wrote. */
    private Path convert(Path soffice, Path file, String filter) throws Exception {
        Path out = Files.createDirectories(work.resolve("out-" + file.getFileName()));
        List<String> command = new ArrayList<>(List.of(
                soffice.toString(),
                "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                filter,
                "--outdir",
                out.toString(),
                file.toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(work.resolve("stderr.txt").toFile())
                .redirectOutput(work.resolve("stdout.txt").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("LibreOffice finished")
                .isTrue();
        String stderr = Files.readString(work.resolve("stderr.txt"));
        assertThat(process.exitValue()).as(stderr).isZero();
        assertThat(stderr.lines().filter(line -> !line.isBlank() && !javaNotice(line)))
                .as("LibreOffice's complaints about " + file.getFileName())
                .isEmpty();
        try (var files = Files.list(out)) {
            return files.findFirst()
                    .orElseThrow(() ->
                            new AssertionError("LibreOffice wrote nothing for " + file.getFileName() + ": " + stderr));
        }
    }

    /** The nogui packages come without Java; LibreOffice says so on start, which is about itself, not the file. */
    private static boolean javaNotice(String line) {
        return line.contains("javaldx") || line.contains("Java Runtime");
    }

    private static Path soffice() {
        for (String candidate :
                List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        boolean required = System.getenv("DTIHUB_REQUIRE_LIBREOFFICE") != null;
        assertThat(required)
                .as("LibreOffice is not installed, and .ci/run (which sets DTIHUB_REQUIRE_LIBREOFFICE) installs it")
                .isFalse();
        Assumptions.abort("LibreOffice is not installed on this machine (apt-get install libreoffice-writer-nogui"
                + " libreoffice-calc-nogui); .ci/run installs it and runs this test");
        return null;
    }
}
