package vn.dtihub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/** Evidence files on a task: checked by content, stored once, served back only as safe attachments within scope. */
class TaskFilesIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = vn.dtihub.shared.TestFiles.pdf();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String token;
    private long task;

    private String token(String user) throws Exception {
        return JSON.readTree(new WebClient(port)
                        .sendJson(
                                "POST",
                                "/api/v1/auth/token",
                                "{\"username\":\"" + user + "\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                        .body())
                .get("token")
                .asString();
    }

    @BeforeEach
    void task() throws Exception {
        token = token("thanhhoa.cds");
        WebClient office = WebClient.withToken(port, token);
        long plan = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"number\":\"88/KH-UBND\",\"title\":\"Kế hoạch thử minh chứng\",\"yearFrom\":2026,\"yearTo\":2026}")
                        .body())
                .get("id")
                .asLong();
        task = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans/" + plan + "/tasks",
                                "{\"text\":\"Tổ chức hội nghị\",\"deadline\":\"Tháng 12\"}")
                        .body())
                .get("id")
                .asLong();
    }

    private long storedFiles() {
        return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
    }

    private HttpResponse<String> upload(String bearer, byte[] content, String name) throws Exception {
        String boundary = UUID.randomUUID().toString();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/tasks/" + task + "/files"))
                                .header("Authorization", "Bearer " + bearer)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aPdfWithAHostileNameIsStoredOnceAndServedAsAnAttachment() throws Exception {
        long before = storedFiles();
        String nfd = Normalizer.normalize("../../etc/Biên bản họp quý I.pdf", Normalizer.Form.NFD);
        HttpResponse<String> first = upload(token, PDF, nfd);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String name = JSON.readTree(first.body()).get("name").asString();
        assertThat(name).isEqualTo("Biên bản họp quý I.pdf");
        assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
        long fileId = JSON.readTree(first.body()).get("id").asLong();
        assertThat(upload(token, PDF, "lan-hai.pdf").statusCode()).isEqualTo(201);
        assertThat(storedFiles()).as("identical content is stored once").isEqualTo(before + 1);

        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/tasks/" + task + "/files/" + fileId))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment")
                .contains("filename*=UTF-8''");
        assertThat(download.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("sandbox");

        HttpResponse<byte[]> outsider = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/tasks/" + task + "/files/" + fileId))
                                .header("Authorization", "Bearer " + token("quangngai.xem"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(outsider.statusCode()).isEqualTo(404);
    }

    @Test
    void aScriptOrAMislabelledFileIsRefusedAndNothingStays() throws Exception {
        long before = storedFiles();
        HttpResponse<String> html =
                upload(token, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "bao-cao.pdf");
        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.body()).contains("chỉ nhận PDF");
        var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var pngBytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", pngBytes);
        byte[] png = pngBytes.toByteArray();
        HttpResponse<String> mislabelled = upload(token, png, "anh.pdf");
        assertThat(mislabelled.statusCode()).isEqualTo(400);
        assertThat(mislabelled.body()).contains("không khớp");
        assertThat(storedFiles()).isEqualTo(before);
        byte[] polyglot = concat(
                "%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n".getBytes(StandardCharsets.UTF_8),
                PDF);
        HttpResponse<String> both = upload(token, polyglot, "da-nang.pdf");
        assertThat(both.statusCode()).as("a PDF/HTML polyglot").isEqualTo(400);
        assertThat(both.body()).contains("HTML");
        HttpResponse<String> header =
                upload(token, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "gia.pdf");
        assertThat(header.statusCode())
                .as("PDF magic bytes with no PDF behind them")
                .isEqualTo(400);
        assertThat(header.body()).contains("PDF");
        byte[] brokenPng = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertThat(upload(token, brokenPng, "anh.png").statusCode())
                .as("PNG magic bytes that do not decode")
                .isEqualTo(400);
        assertThat(storedFiles()).isEqualTo(before);
        HttpResponse<String> reporter = upload(token("haibinh.baocao"), PDF, "x.pdf");
        assertThat(reporter.statusCode())
                .as("not the task's lead, nor in the plan's scope")
                .isIn(403, 404);
    }

    @Test
    void anOversizedUploadIsRefusedBeforeItIsBuffered() throws Exception {
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        HttpResponse<String> response = upload(token, big, "lon.pdf");
        assertThat(response.statusCode()).isEqualTo(413);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
