package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.shared.WebClient;
import vn.dtihub.units.Units;

/**
 * Appeals: once the results are published the unit appeals a criterion within the window; the reviewer accepts it
 * (the value and its points change on the approved form, in its history) or rejects it with an answer; after the
 * window the results are final.
 */
class AppealsIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEAD = "mật khẩu trưởng phòng khiếu nại";

    @LocalServerPort
    int port;

    @Autowired
    Users accounts;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUnitAppealsWithinTheWindowAndTheReviewerAcceptsOrRejectsWithAnAnswer() {
        long vhtt = DemoDistrict.culture(units);
        if (accounts.list(TestPrincipal.admin(), "vhtt.khieunai", 0, 1).isEmpty()) {
            accounts.create(
                    TestPrincipal.admin(),
                    new UserInput("vhtt.khieunai", "Trưởng phòng", null, Role.APPROVER, null, null, vhtt, HEAD, true));
        }
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        long framework = DemoDistrict.framework(office);
        JsonNode period = JSON.readTree(office.sendJson(
                        "POST",
                        "/api/v1/periods",
                        "{\"frameworkId\":" + framework + ",\"kind\":\"YEAR\",\"year\":2023}")
                .body());
        long periodId = period.get("id").asLong();
        WebClient reporter = WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD);
        long form = DemoDistrict.formOf(reporter, periodId);
        JsonNode ratio = null;
        JsonNode other = null;
        for (JsonNode l :
                JSON.readTree(reporter.getJson("/api/v1/forms/" + form).body()).get("lines")) {
            if ("RATIO".equals(l.path("valueType").asString()) && ratio == null) {
                ratio = l;
            } else if (other == null) {
                other = l;
            }
        }
        long criterion = ratio.get("criterionId").asLong();
        reporter.sendJson(
                "PUT",
                "/api/v1/forms/" + form + "/values/" + criterion,
                "{\"version\":0,\"number\":\"40\",\"denominator\":\"50\"}");
        HttpResponse<String> submitted = WebClient.api(port, "vhtt.khieunai", HEAD)
                .sendJson("POST", "/api/v1/forms/" + form + "/submit", "{\"version\":0}");
        int version = JSON.readTree(submitted.body()).get("version").asInt();
        assertThat(office.sendJson("POST", "/api/v1/forms/" + form + "/approve", "{\"version\":" + version + "}")
                        .statusCode())
                .isEqualTo(200);
        String appealPath = "/api/v1/forms/" + form + "/appeals";
        String appeal = "{\"criterionId\":" + criterion + ",\"reason\":\"Mẫu số đúng là 50 hệ thống, tử số 45\"}";
        assertThat(reporter.sendJson("POST", appealPath, appeal).statusCode())
                .as("no appeal before the results are published")
                .isEqualTo(409);

        HttpResponse<String> published = office.sendJson(
                "POST",
                "/api/v1/periods/" + periodId + "/publish",
                "{\"version\":" + period.get("version").asInt() + "}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(JSON.readTree(published.body()).get("appealUntil").asString())
                .isNotBlank();
        HttpResponse<String> filed = reporter.sendJson("POST", appealPath, appeal);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        long appealId = JSON.readTree(filed.body()).get("id").asLong();
        assertThat(reporter.sendJson("POST", appealPath, appeal).statusCode())
                .as("one open appeal per criterion")
                .isEqualTo(409);
        assertThat(WebClient.api(port, "quangngai.xem", DEMO_PASSWORD)
                        .getJson(appealPath)
                        .statusCode())
                .isEqualTo(404);
        assertThat(reporter.sendJson(
                                "POST",
                                "/api/v1/appeals/" + appealId + "/decision",
                                "{\"accept\":true,\"answer\":\"Tự duyệt\",\"number\":\"50\",\"denominator\":\"50\"}")
                        .statusCode())
                .as("the unit does not decide its own appeal")
                .isEqualTo(403);

        HttpResponse<String> accepted = office.sendJson(
                "POST",
                "/api/v1/appeals/" + appealId + "/decision",
                "{\"accept\":true,\"answer\":\"Đã đối chiếu biên bản kiểm tra\",\"number\":\"45\",\"denominator\":\"50\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(JSON.readTree(accepted.body()).get("status").asString()).isEqualTo("ACCEPTED");
        JsonNode after = null;
        for (JsonNode l :
                JSON.readTree(reporter.getJson("/api/v1/forms/" + form).body()).get("lines")) {
            if (l.get("criterionId").asLong() == criterion) {
                after = l;
            }
        }
        assertThat(after.get("value").asString()).isEqualTo("45/50");
        assertThat(after.get("points").decimalValue())
                .as("the points follow the corrected value")
                .isEqualByComparingTo(ratio.get("maxPoints").decimalValue().multiply(new java.math.BigDecimal("0.9")));
        JsonNode history = JSON.readTree(
                reporter.getJson("/api/v1/forms/" + form + "/history").body());
        assertThat(history.findValuesAsString("action")).contains("APPEALED", "APPEAL_ACCEPTED", "VALUE_CORRECTED");
        assertThat(history.findValuesAsString("reason")).contains("Đã đối chiếu biên bản kiểm tra");

        long second = JSON.readTree(reporter.sendJson(
                                "POST",
                                appealPath,
                                "{\"criterionId\":" + other.get("criterionId").asLong()
                                        + ",\"reason\":\"Xin chấm lại\"}")
                        .body())
                .get("id")
                .asLong();
        HttpResponse<String> noAnswer =
                office.sendJson("POST", "/api/v1/appeals/" + second + "/decision", "{\"accept\":false}");
        assertThat(noAnswer.statusCode()).isEqualTo(400);
        HttpResponse<String> rejected = office.sendJson(
                "POST",
                "/api/v1/appeals/" + second + "/decision",
                "{\"accept\":false,\"answer\":\"Không có minh chứng bổ sung\"}");
        assertThat(JSON.readTree(rejected.body()).get("status").asString()).isEqualTo("REJECTED");
        assertThat(JSON.readTree(reporter.getJson(appealPath).body()).findValuesAsString("answer"))
                .as("the unit sees the outcome")
                .contains("Không có minh chứng bổ sung", "Đã đối chiếu biên bản kiểm tra");
        String acceptedNotice = "Kiến nghị về tiêu chí " + ratio.get("code").asString() + " được chấp nhận: Năm 2023";
        String rejectedNotice =
                "Kiến nghị về tiêu chí " + other.get("code").asString() + " không được chấp nhận: Năm 2023";
        // The notices follow the decisions' commits on the listeners' thread: wait for them as the user would.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(JSON.readTree(reporter.getJson("/api/v1/notifications")
                                        .body())
                                .findValuesAsString("subject"))
                        .as("the unit is told each answer")
                        .anyMatch(s -> s.startsWith(acceptedNotice))
                        .anyMatch(s -> s.startsWith(rejectedNotice)));
        assertThat(WebClient.signedIn(port, "nghison.vhtt", DEMO_PASSWORD)
                        .get("/forms/" + form)
                        .body())
                .contains("id=\"appeal-list\"", "Không chấp nhận", "id=\"appeal-form\"")
                .doesNotContain("??");

        jdbc.sql("update reporting_period set appeal_until = now() - interval '1 minute' where id = :p")
                .param("p", periodId)
                .update();
        assertThat(reporter.sendJson(
                                "POST",
                                appealPath,
                                "{\"criterionId\":" + other.get("criterionId").asLong() + ",\"reason\":\"Muộn\"}")
                        .statusCode())
                .as("after the window the results are final")
                .isEqualTo(409);
    }
}
