package vn.dtihub.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * Agencies renamed or merged from a date, as in 2025: never deleted, the successor carries on their tasks, and their
 * old names in documents are matched to it.
 */
class AgencyLineageIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private Long successorOf(long id) {
        return jdbc.sql("select successor_id from agency where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    @Test
    void aRenamedAgencyKeepsItsHistoryAndItsSuccessorCarriesOnItsTasksAndItsName() throws Exception {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        JsonNode board = json(office.sendJson(
                "POST", "/api/v1/units/38/agencies", "{\"name\":\"Ban Dân tộc tỉnh\",\"kind\":\"DEPARTMENT\"}"));
        long old = board.get("id").asLong();
        long plan = json(office.sendJson(
                        "POST",
                        "/api/v1/plans",
                        "{\"title\":\"Kế hoạch thử kế thừa\",\"yearFrom\":2026,\"yearTo\":2026}"))
                .get("id")
                .asLong();
        HttpResponse<String> task = office.sendJson(
                "POST",
                "/api/v1/plans/" + plan + "/tasks",
                "{\"text\":\"Số hóa hồ sơ đồng bào dân tộc thiểu số\",\"deadline\":\"Năm 2026\",\"leadAgencyId\":" + old
                        + "}");
        assertThat(task.statusCode()).as(task.body()).isEqualTo(201);

        HttpResponse<String> renamed = office.sendJson(
                "POST",
                "/api/v1/agencies/" + old + "/succession",
                "{\"succession\":\"RENAMED\",\"newName\":\"Sở Dân tộc và Tôn giáo\",\"effectiveOn\":\"2025-03-01\","
                        + "\"version\":" + board.get("version").asInt() + "}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        long successor = json(renamed).get("successorId").asLong();
        assertThat(json(renamed).get("succession").asString()).isEqualTo("RENAMED");
        assertThat(json(office.getJson("/api/v1/agencies/" + old)).get("name").asString())
                .as("never deleted")
                .isEqualTo("Ban Dân tộc tỉnh");
        assertThat(json(office.getJson("/api/v1/agencies/" + successor))
                        .get("name")
                        .asString())
                .isEqualTo("Sở Dân tộc và Tôn giáo");
        assertThat(json(office.getJson("/api/v1/tasks?assignee=agency:" + successor))
                        .findValuesAsString("text"))
                .as("the successor carries on the old agency's tasks")
                .contains("Số hóa hồ sơ đồng bào dân tộc thiểu số");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'AGENCY_SUCCEEDED' and object_id = :id")
                        .param("id", String.valueOf(old))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        HttpResponse<String> again = office.sendJson(
                "POST",
                "/api/v1/agencies/" + old + "/succession",
                "{\"succession\":\"MERGED\",\"successorId\":" + successor
                        + ",\"effectiveOn\":\"2025-03-01\",\"version\":"
                        + json(renamed).get("version").asInt() + "}");
        assertThat(again.statusCode()).isEqualTo(409);

        WebClient page = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        assertThat(page.get("/agencies/" + old).body())
                .contains("đổi tên từ 1/3/2025 thành", "Sở Dân tộc và Tôn giáo")
                .doesNotContain("succession-form");
        assertThat(page.get("/agencies/" + successor).body()).contains("agency-predecessors", "Ban Dân tộc tỉnh");
    }

    @Test
    void aMergerIsRecordedFromThePageAndBadRequestsNameTheirFieldAndChangeNothing() throws Exception {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        JsonNode culture = json(office.sendJson(
                "POST", "/api/v1/units/38/agencies", "{\"name\":\"Sở Du lịch\",\"kind\":\"DEPARTMENT\"}"));
        long id = culture.get("id").asLong();
        JsonNode into = json(office.sendJson(
                "POST",
                "/api/v1/units/38/agencies",
                "{\"name\":\"Sở Văn hóa, Thể thao và Du lịch\",\"kind\":\"DEPARTMENT\"}"));
        long foreign = json(WebClient.api(port, "admin", DEMO_PASSWORD)
                        .sendJson("POST", "/api/v1/units/51/agencies", "{\"name\":\"Sở Du lịch Quảng Ngãi\"}"))
                .get("id")
                .asLong();
        int version = culture.get("version").asInt();
        Map<String, String> bad = Map.of(
                "{\"succession\":\"MERGED\",\"successorId\":" + foreign + ",\"effectiveOn\":\"2025-03-01\"",
                "successorId",
                "{\"succession\":\"MERGED\",\"successorId\":" + into.get("id").asLong() + "",
                "effectiveOn",
                "{\"succession\":\"MERGED\",\"newName\":\"Sở Mới\",\"effectiveOn\":\"2025-03-01\"",
                "successorId",
                "{\"succession\":\"RENAMED\",\"newName\":\"Sở Mới\",\"successorId\":"
                        + into.get("id").asLong() + ",\"effectiveOn\":\"2025-03-01\"",
                "successorId",
                "{\"successorId\":" + into.get("id").asLong() + ",\"effectiveOn\":\"2025-03-01\"",
                "succession");
        for (var b : bad.entrySet()) {
            HttpResponse<String> refused = office.sendJson(
                    "POST", "/api/v1/agencies/" + id + "/succession", b.getKey() + ",\"version\":" + version + "}");
            assertThat(refused.statusCode()).as(b.getKey()).isEqualTo(400);
            assertThat(json(refused).get("field").asString()).as(b.getKey()).isEqualTo(b.getValue());
        }
        assertThat(successorOf(id)).isNull();
        assertThat(WebClient.api(port, "quangngai.xem", DEMO_PASSWORD)
                        .sendJson(
                                "POST",
                                "/api/v1/agencies/" + id + "/succession",
                                "{\"succession\":\"MERGED\",\"successorId\":" + foreign
                                        + ",\"effectiveOn\":\"2025-03-01\",\"version\":" + version + "}")
                        .statusCode())
                .as("another province's agency is not found")
                .isEqualTo(404);
        assertThat(successorOf(id)).isNull();

        WebClient page = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        assertThat(page.get("/agencies/" + id).body()).contains("succession-form", "Sở Văn hóa, Thể thao và Du lịch");
        HttpResponse<String> merged = page.postForm(
                "/agencies/" + id + "/succession",
                Map.of(
                        "succession",
                        "MERGED",
                        "successorId",
                        String.valueOf(into.get("id").asLong()),
                        "effectiveOn",
                        "2025-03-01",
                        "version",
                        String.valueOf(version)));
        assertThat(merged.statusCode()).isEqualTo(302);
        assertThat(successorOf(id)).isEqualTo(into.get("id").asLong());
        assertThat(page.get("/agencies/" + id).body()).contains("sáp nhập từ 1/3/2025 vào");
        assertThat(page.get("/units/38?structure=current").body()).contains("sáp nhập từ 1/3/2025 vào …");
    }
}
