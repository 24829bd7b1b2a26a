package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/**
 * Evidence entered once: an office's decision goes into its library once and is cited by a value; a value's own file
 * with a hostile name is stored safely and served as an attachment to those in scope only.
 */
class EvidenceIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = vn.dtihub.shared.TestFiles.pdf();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDecisionIsUploadedOnceCitedByAValueAndAValuesFileIsServedSafely() {
        WebClient reporter = WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD);
        Map<String, String> decision = Map.of(
                "kind", "DECISION",
                "number", "51/QĐ-UBND",
                "issuedOn", "2022-04-07",
                "issuer", "UBND thị xã Nghi Sơn",
                "summary", "Ban hành Kế hoạch chuyển đổi số thị xã giai đoạn 2022-2025");
        HttpResponse<String> added = reporter.postMultipart("/api/v1/evidence", decision, "file", "qd-51.pdf", PDF);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode document = JSON.readTree(added.body());
        assertThat(document.get("citation").asString())
                .startsWith("Quyết định số 51/QĐ-UBND ngày 7/4/2022 của UBND thị xã Nghi Sơn");
        HttpResponse<String> again = reporter.postMultipart("/api/v1/evidence", decision, "file", "qd-51-lai.pdf", PDF);
        assertThat(again.statusCode())
                .as("the same decision is cited, not uploaded twice")
                .isEqualTo(409);
        assertThat(again.body()).contains("51/QĐ-UBND");

        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        long framework = DemoDistrict.framework(office);
        long period = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/periods",
                                "{\"frameworkId\":" + framework + ",\"kind\":\"NINE_MONTHS\",\"year\":2022}")
                        .body())
                .get("id")
                .asLong();
        long form = DemoDistrict.formOf(reporter, period);
        long criterion = JSON.readTree(reporter.getJson("/api/v1/forms/" + form).body())
                .get("lines")
                .get(0)
                .get("criterionId")
                .asLong();
        HttpResponse<String> cited = reporter.sendJson(
                "POST",
                "/api/v1/forms/" + form + "/evidence",
                "{\"criterionId\":" + criterion + ",\"documentId\":"
                        + document.get("id").asLong() + "}");
        assertThat(cited.statusCode()).as(cited.body()).isEqualTo(201);
        assertThat(cited.body()).contains("Quyết định số 51/QĐ-UBND");

        long stored =
                jdbc.sql("select count(*) from stored_file").query(Long.class).single();
        HttpResponse<String> attached = reporter.postMultipart(
                "/api/v1/forms/" + form + "/files",
                Map.of("criterionId", String.valueOf(criterion)),
                "file",
                "../../etc/passwd.pdf",
                PDF);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        JsonNode file = JSON.readTree(attached.body());
        assertThat(file.get("name").asString()).doesNotContain("/", "..");
        assertThat(jdbc.sql("select count(*) from stored_file")
                        .query(Long.class)
                        .single())
                .as("the same bytes as the decision's file are stored once")
                .isEqualTo(stored);
        HttpResponse<String> html = reporter.postMultipart(
                "/api/v1/forms/" + form + "/files",
                Map.of("criterionId", String.valueOf(criterion)),
                "file",
                "bao-cao.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.statusCode())
                .as("a page named .pdf is refused by its content")
                .isIn(400, 415);

        long before =
                jdbc.sql("select count(*) from value_file").query(Long.class).single();
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        HttpResponse<String> tooBig = reporter.postMultipart(
                "/api/v1/forms/" + form + "/files",
                Map.of("criterionId", String.valueOf(criterion)),
                "file",
                "bao-cao-lon.pdf",
                big);
        assertThat(tooBig.statusCode()).as("over the 20 MB limit").isEqualTo(413);
        assertThat(jdbc.sql("select count(*) from value_file").query(Long.class).single())
                .as("nothing attached")
                .isEqualTo(before);

        HttpResponse<byte[]> download = reporter.getBytes(
                "/api/v1/forms/" + form + "/files/" + file.get("id").asLong());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment");
        assertThat(download.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("sandbox");
        assertThat(download.body()).isEqualTo(PDF);
        WebClient outsider = WebClient.api(port, "quangngai.xem", DEMO_PASSWORD);
        assertThat(outsider.getBytes("/api/v1/forms/" + form + "/files/"
                                + file.get("id").asLong())
                        .statusCode())
                .isEqualTo(404);
        assertThat(outsider.getBytes("/api/v1/evidence/" + document.get("id").asLong() + "/file")
                        .statusCode())
                .isEqualTo(404);

        String page = WebClient.signedIn(port, "nghison.vhtt", DEMO_PASSWORD)
                .get("/forms/" + form)
                .body();
        assertThat(page)
                .contains("id=\"ev-" + criterion + "\"", "Quyết định số 51/QĐ-UBND", "passwd.pdf")
                .as("every history line has its words")
                .doesNotContain("??");
        JsonNode history = JSON.readTree(
                reporter.getJson("/api/v1/forms/" + form + "/history").body());
        assertThat(history.findValuesAsString("action")).contains("EVIDENCE_CITED", "FILE_ATTACHED");
    }
}
