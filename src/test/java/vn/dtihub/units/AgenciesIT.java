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

class AgenciesIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long agencies() {
        return jdbc.sql("select count(*) from agency").query(Long.class).single();
    }

    @Test
    void theSeedAgenciesOfNghiSonAreOnItsPageForItsStandingOffice() {
        String page = WebClient.signedIn(port, "nghison.cds", DEMO_PASSWORD)
                .get("/units/407?structure=pre2025")
                .body();
        assertThat(page)
                .contains(
                        "Phòng Văn hóa và Thông tin",
                        "Văn phòng HĐND&amp;UBND thị xã",
                        "Chi cục Thống kê",
                        "Bưu điện thị xã");
        String outsider = WebClient.signedIn(port, "quangngai.xem", DEMO_PASSWORD)
                .get("/units/407?structure=pre2025")
                .body();
        assertThat(outsider).contains("Thị xã Nghi Sơn").doesNotContain("Phòng Văn hóa và Thông tin");
    }

    @Test
    void aStandingOfficeAddsRenamesAndDeactivatesAnAgencyWithEveryStepAudited() throws Exception {
        WebClient office = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        long before = agencies();
        HttpResponse<String> added = office.postForm(
                "/units/38/agencies?structure=current",
                Map.of("name", "Sở Y tế", "shortName", "SYT", "kind", "DEPARTMENT"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(office.get("/units/38?structure=current").body()).contains("Sở Y tế", "Đã thêm cơ quan.");
        assertThat(agencies()).isEqualTo(before + 1);

        HttpResponse<String> duplicate = office.postForm(
                "/units/38/agencies?structure=current", Map.of("name", "SỞ Y TẾ", "kind", "DEPARTMENT"));
        assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(302);
        assertThat(office.get(duplicate
                                .headers()
                                .firstValue("Location")
                                .orElseThrow()
                                .replace("http://localhost:" + port, ""))
                        .body())
                .contains("Đơn vị này đã có cơ quan cùng tên.");
        assertThat(agencies()).isEqualTo(before + 1);

        WebClient api = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        JsonNode list = JSON.readTree(
                api.getJson("/api/v1/units/38/agencies?structure=current").body());
        JsonNode health = null;
        for (JsonNode a : list) {
            if (a.get("name").asString().equals("Sở Y tế")) {
                health = a;
            }
        }
        assertThat(health).isNotNull();
        long id = health.get("id").asLong();
        int version = health.get("version").asInt();

        HttpResponse<String> renamed = api.sendJson(
                "PUT", "/api/v1/agencies/" + id, "{\"name\":\"Sở Y tế tỉnh Thanh Hóa\",\"version\":" + version + "}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        HttpResponse<String> stale = api.sendJson(
                "PUT", "/api/v1/agencies/" + id, "{\"name\":\"Tên cũ ghi đè\",\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(api.getJson("/api/v1/agencies/" + id).body())
                        .get("name")
                        .asString())
                .isEqualTo("Sở Y tế tỉnh Thanh Hóa");

        HttpResponse<String> deactivated =
                api.sendJson("PUT", "/api/v1/agencies/" + id, "{\"active\":false,\"version\":" + (version + 1) + "}");
        assertThat(JSON.readTree(deactivated.body()).get("active").asBoolean()).isFalse();
        assertThat(agencies()).as("deactivated, never deleted").isEqualTo(before + 1);

        var actions = jdbc.sql(
                        "select action from audit_event where object_type = 'agency' and object_id = :id order by id")
                .param("id", String.valueOf(id))
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("AGENCY_CREATED", "AGENCY_UPDATED", "AGENCY_DEACTIVATED");
        String change = jdbc.sql("select before::text || ' -> ' || after::text from audit_event where object_id = :id"
                        + " and action = 'AGENCY_UPDATED'")
                .param("id", String.valueOf(id))
                .query(String.class)
                .single();
        assertThat(change).contains("\"Sở Y tế\"", "\"Sở Y tế tỉnh Thanh Hóa\"");
    }

    @Test
    void reportersAndViewersCannotChangeAgencies() {
        long before = agencies();
        WebClient reporter = WebClient.signedIn(port, "tinhhai.baocao", DEMO_PASSWORD);
        assertThat(reporter.sendJson("POST", "/api/v1/units/16642/agencies?structure=pre2025", "{\"name\":\"Tổ CNS\"}")
                        .statusCode())
                .isEqualTo(403);
        WebClient viewer = WebClient.signedIn(port, "quangngai.xem", DEMO_PASSWORD);
        assertThat(viewer.sendJson("POST", "/api/v1/units/51/agencies", "{\"name\":\"Sở Xem\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(agencies()).isEqualTo(before);
    }

    @Test
    void anInvalidAgencyNamesTheField() throws Exception {
        WebClient office = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        HttpResponse<String> response = office.sendJson("POST", "/api/v1/units/38/agencies", "{\"name\":\"   \"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("name");
        HttpResponse<String> unknown = office.sendJson("POST", "/api/v1/units/00000/agencies", "{\"name\":\"X\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("00000");
    }
}
