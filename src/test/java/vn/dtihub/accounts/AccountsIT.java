package vn.dtihub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class AccountsIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String token(String username, String password) throws Exception {
        WebClient anonymous = new WebClient(port);
        HttpResponse<String> response = anonymous.sendJson(
                "POST", "/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("token").asString();
    }

    private long users() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    @Test
    void aViewerCannotCreateUsersAndSeesNoneOfAnotherProvince() throws Exception {
        WebClient viewer = WebClient.withToken(port, token("quangngai.xem", DEMO_PASSWORD));
        long before = users();
        HttpResponse<String> create = viewer.sendJson(
                "POST",
                "/api/v1/users",
                "{\"username\":\"x.viewer\",\"displayName\":\"X\",\"role\":\"VIEWER\",\"unitCode\":\"51\",\"password\":\"một mật khẩu đủ dài\"}");
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(users()).isEqualTo(before);
        assertThat(viewer.getJson("/api/v1/users").statusCode()).isEqualTo(403);

        WebClient thanhHoa = WebClient.withToken(port, token("thanhhoa.cds", DEMO_PASSWORD));
        JsonNode list =
                JSON.readTree(thanhHoa.getJson("/api/v1/users?size=1000").body());
        assertThat(list.findValuesAsString("username"))
                .contains("thanhhoa.cds", "nghison.cds", "tinhhai.baocao", "haibinh.baocao", "nghison.vhtt")
                .doesNotContain("quangngai.xem", "admin");
    }

    @Test
    void theUserFilterIgnoresDiacritics() throws Exception {
        WebClient thanhHoa = WebClient.withToken(port, token("thanhhoa.cds", DEMO_PASSWORD));
        JsonNode found = JSON.readTree(thanhHoa.getJson("/api/v1/users?q=can%20bo%20bao%20cao%20phuong%20tinh%20hai")
                .body());
        assertThat(found.findValuesAsString("username")).containsExactly("tinhhai.baocao");
        String page = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD)
                .get("/admin/users?q=LANH%20DAO")
                .body();
        assertThat(page).contains("tinhhai.pheduyet").doesNotContain("tinhhai.baocao");
    }

    @Test
    void aDistrictStandingOfficeCreatesUsersOnlyInItsSubtree() throws Exception {
        WebClient nghiSon = WebClient.withToken(port, token("nghison.cds", DEMO_PASSWORD));
        long before = users();
        HttpResponse<String> outside = nghiSon.sendJson(
                "POST",
                "/api/v1/users",
                "{\"username\":\"ba.to.x\",\"displayName\":\"Ba Tơ\",\"role\":\"REPORTER\",\"unitCode\":\"535\",\"structure\":\"pre2025\",\"password\":\"một mật khẩu đủ dài\"}");
        assertThat(outside.statusCode()).isEqualTo(403);
        HttpResponse<String> admin = nghiSon.sendJson(
                "POST",
                "/api/v1/users",
                "{\"username\":\"nghison.admin2\",\"displayName\":\"X\",\"role\":\"ADMIN\",\"unitCode\":\"407\",\"structure\":\"pre2025\",\"password\":\"một mật khẩu đủ dài\"}");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(users()).isEqualTo(before);

        HttpResponse<String> inside = nghiSon.sendJson(
                "POST",
                "/api/v1/users",
                "{\"username\":\"tinhhai.xem\",\"displayName\":\"Người xem Tĩnh Hải\",\"role\":\"VIEWER\",\"unitCode\":\"16642\","
                        + "\"structure\":\"pre2025\",\"password\":\"một mật khẩu đủ dài\",\"id\":1,\"demo\":true}");
        assertThat(inside.statusCode()).as(inside.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(inside.body());
        assertThat(created.get("unitCode").asString()).isEqualTo("16642");
        assertThat(created.has("password")).isFalse();
        assertThat(created.get("id").asLong()).isNotEqualTo(1);

        HttpResponse<String> duplicate = nghiSon.sendJson(
                "POST",
                "/api/v1/users",
                "{\"username\":\"tinhhai.xem\",\"displayName\":\"Again\",\"role\":\"VIEWER\",\"unitCode\":\"16642\",\"structure\":\"pre2025\",\"password\":\"một mật khẩu đủ dài\"}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(duplicate.body()).get("field").asString()).isEqualTo("username");
    }

    @Test
    void passwordsFollowThePolicy() throws Exception {
        WebClient thanhHoa = WebClient.withToken(port, token("thanhhoa.cds", DEMO_PASSWORD));
        String base =
                "{\"username\":\"policy.test\",\"displayName\":\"P\",\"role\":\"VIEWER\",\"unitCode\":\"38\",\"password\":";
        for (String weak :
                new String[] {"\"short\"", "\"policy.test-2026\"", "\"password1234\"", "\"thanhhoa-thanhhoa\""}) {
            HttpResponse<String> response = thanhHoa.sendJson("POST", "/api/v1/users", base + weak + "}");
            assertThat(response.statusCode()).as(weak).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("password");
        }
        String passphrase = "Chuyển đổi số là cuộc cách mạng về thể chế, mọi người dân đều được hưởng lợi từ nó!";
        HttpResponse<String> ok = thanhHoa.sendJson("POST", "/api/v1/users", base + "\"" + passphrase + "\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(token("policy.test", passphrase)).startsWith("dth_");
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsSaved() throws Exception {
        WebClient thanhHoa = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        long before = users();
        HttpResponse<String> page = thanhHoa.postForm(
                "/admin/users",
                Map.of(
                        "username",
                        "Bad Name!",
                        "displayName",
                        "",
                        "role",
                        "REPORTER",
                        "unitCode",
                        "38",
                        "password",
                        "một mật khẩu đủ dài"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tên đăng nhập", "is-invalid");
        HttpResponse<String> unknownUnit = thanhHoa.sendJson(
                "POST",
                "/api/v1/users",
                "{\"username\":\"unit.unknown\",\"displayName\":\"U\",\"role\":\"REPORTER\",\"unitCode\":\"99999\",\"password\":\"một mật khẩu đủ dài\"}");
        assertThat(unknownUnit.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownUnit.body()).get("field").asString()).isEqualTo("unitCode");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhileAndAreAudited() {
        WebClient client = new WebClient(port);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = client.login("tinhhai.pheduyet", "wrong password " + i);
            assertThat(failed.headers().firstValue("Location").orElse("")).contains("/login");
        }
        HttpResponse<String> locked = client.login("tinhhai.pheduyet", DEMO_PASSWORD);
        assertThat(locked.headers().firstValue("Location").orElse("")).contains("/login?locked=");
        long audited = jdbc.sql(
                        "select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = 'tinhhai.pheduyet'")
                .query(Long.class)
                .single();
        assertThat(audited).isGreaterThanOrEqualTo(5);
        jdbc.sql("delete from login_throttle").update();
        assertThat(client.login("tinhhai.pheduyet", DEMO_PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("/login");
    }

    @Test
    void aRevokedTokenNoLongerOpensTheApi() throws Exception {
        String value = token("haibinh.baocao", DEMO_PASSWORD);
        WebClient client = WebClient.withToken(port, value);
        assertThat(client.getJson("/api/v1/me").statusCode()).isEqualTo(200);
        HttpResponse<String> personal = client.sendJson("POST", "/api/v1/me/tokens", "{\"name\":\"Hệ thống báo cáo\"}");
        assertThat(personal.statusCode()).isEqualTo(201);
        long id = JSON.readTree(personal.body()).get("id").asLong();
        WebClient second = WebClient.withToken(
                port, JSON.readTree(personal.body()).get("token").asString());
        assertThat(second.getJson("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(client.sendJson("DELETE", "/api/v1/me/tokens/" + id, null).statusCode())
                .isEqualTo(204);
        assertThat(second.getJson("/api/v1/me").statusCode()).isEqualTo(401);
        String stored = jdbc.sql("select token_hash from api_token where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(stored).hasSize(64).doesNotContain("dth_");
    }

    @Test
    void theAuditLogCannotBeRewritten() {
        assertThat(jdbc.sql("select count(*) from audit_event")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else'")
                        .update())
                .as("the application's role has no right to")
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .hasStackTraceContaining("permission denied");
        // Even the tables' owner meets the append-only trigger.
        String url = jdbc.sql("select 'jdbc:postgresql://localhost:' || current_setting('port') || '/postgres'")
                .query(String.class)
                .single();
        try (var owner = java.sql.DriverManager.getConnection(url, "postgres", null);
                var s = owner.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set actor = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event")).hasMessageContaining("append-only");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStandingOfficeReadsOnlyItsSubtreesAudit() throws Exception {
        WebClient.signedIn(port, "quangngai.xem", DEMO_PASSWORD);
        WebClient.signedIn(port, "nghison.vhtt", DEMO_PASSWORD);
        WebClient nghiSon = WebClient.withToken(port, token("nghison.cds", DEMO_PASSWORD));
        JsonNode entries = JSON.readTree(
                nghiSon.getJson("/api/v1/audit?action=LOGIN&size=1000").body());
        assertThat(entries.findValuesAsString("actor")).contains("nghison.vhtt").doesNotContain("quangngai.xem");
        String page = WebClient.signedIn(port, "admin", DEMO_PASSWORD)
                .get("/admin/audit?action=LOGIN")
                .body();
        assertThat(page).contains("quangngai.xem", "nghison.vhtt");
    }

    @Test
    void anExpiredSessionOnAnHtmxRequestLeadsToTheLoginPage() {
        WebClient anonymous = new WebClient(port);
        HttpResponse<String> fragment = anonymous.get("/units/tree?parent=38", Map.of("HX-Request", "true"));
        assertThat(fragment.statusCode()).isEqualTo(401);
        assertThat(fragment.headers().firstValue("HX-Redirect").orElse("")).contains("/login");
        assertThat(fragment.body()).doesNotContain("<html");
    }

    @Test
    void pagesAndApiCarryTheSecurityHeaders() {
        WebClient client = new WebClient(port);
        for (HttpResponse<String> response :
                new HttpResponse[] {client.get("/login"), client.getJson("/api/v1/units"), client.get("/no-such-page")
                }) {
            String csp =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp)
                    .contains("frame-ancestors 'none'", "script-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        }
    }

    @Test
    void stateChangesWithoutTheCsrfTokenAreRefused() {
        WebClient client = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        HttpResponse<String> response = client.send(
                "POST", "/profile/tokens", Map.of("Content-Type", "application/x-www-form-urlencoded"), "name=csrf");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from api_token where name = 'csrf'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void malformedOrOversizedRequestsAreClientErrors() {
        WebClient client = WebClient.withToken(port, "dth_invalid");
        assertThat(client.getJson("/api/v1/me").statusCode()).isEqualTo(401);
        WebClient anonymous = new WebClient(port);
        HttpResponse<String> malformed = anonymous.sendJson("POST", "/api/v1/auth/token", "{\"username\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        HttpResponse<String> huge =
                anonymous.sendJson("POST", "/api/v1/auth/token", "{\"username\":\"" + "a".repeat(2_000_000) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception", "at vn.", "SQL");
    }
}
