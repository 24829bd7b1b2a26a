package vn.dtihub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/**
 * A new password ends the access the old one gave; a Vietnamese passphrase is the same whichever way the keyboard
 * composes its letters; a password of spaces is no password.
 */
class PasswordChangeIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FIRST = "Mật khẩu đầu tiên của tôi";
    private static final String SECOND = "Một mật khẩu mới hẳn";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long create(String username, String password) {
        HttpResponse<String> created = WebClient.api(port, "admin", DEMO_PASSWORD)
                .sendJson(
                        "POST",
                        "/api/v1/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\"Cán bộ thử\",\"role\":\"REPORTER\","
                                + "\"unitCode\":\"16642\",\"structure\":\"pre2025\",\"password\":\"" + password
                                + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static int apiStatus(int port, String token) {
        return WebClient.withToken(port, token).getJson("/api/v1/me").statusCode();
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsAndSignInTokensAndAResetEndsEverything() {
        long id = create("doimatkhau.thu", FIRST);
        WebClient here = WebClient.signedIn(port, "doimatkhau.thu", FIRST);
        WebClient elsewhere = WebClient.signedIn(port, "doimatkhau.thu", FIRST);
        String signIn = JSON.readTree(new WebClient(port)
                        .sendJson(
                                "POST",
                                "/api/v1/auth/token",
                                "{\"username\":\"doimatkhau.thu\",\"password\":\"" + FIRST + "\"}")
                        .body())
                .get("token")
                .asString();
        String personal = JSON.readTree(WebClient.withToken(port, signIn)
                        .sendJson("POST", "/api/v1/me/tokens", "{\"name\":\"Đồng bộ số liệu\"}")
                        .body())
                .get("token")
                .asString();
        assertThat(elsewhere.get("/profile").statusCode()).isEqualTo(200);

        HttpResponse<String> changed =
                here.postForm("/profile/password", Map.of("currentPassword", FIRST, "password", SECOND));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(here.get("/profile").statusCode())
                .as("the session the change was made in")
                .isEqualTo(200);
        assertThat(elsewhere.get("/profile").statusCode()).as("another session").isEqualTo(302);
        assertThat(apiStatus(port, signIn)).as("a sign-in token").isEqualTo(401);
        assertThat(apiStatus(port, personal))
                .as("a personal token, listed to revoke")
                .isEqualTo(200);

        HttpResponse<String> reset = WebClient.api(port, "admin", DEMO_PASSWORD)
                .sendJson("PUT", "/api/v1/users/" + id, "{\"password\":\"Mật khẩu do văn phòng đặt lại\"}");
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(here.get("/profile").statusCode()).as("every session").isEqualTo(302);
        assertThat(apiStatus(port, personal)).as("every token").isEqualTo(401);
    }

    @Test
    void aPassphraseTypedDecomposedIsTheSameAndAnOlderHashIsUpgraded() {
        String nfd = Normalizer.normalize(FIRST, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(FIRST);
        create("nfc.thu", FIRST);
        assertThat(new WebClient(port).login("nfc.thu", nfd).headers().firstValue("Location"))
                .as("typed with combining marks")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));

        create("nfd.cu", "tạm thời đủ dài 2026");
        Argon2PasswordEncoder raw = new Argon2PasswordEncoder(16, 32, 1, 1024, 2);
        jdbc.sql("update app_user set password_hash = :h where username = 'nfd.cu'")
                .param("h", raw.encode(nfd))
                .update();
        assertThat(new WebClient(port).login("nfd.cu", nfd).headers().firstValue("Location"))
                .as("a hash made before from the letters as typed")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        String upgraded = jdbc.sql("select password_hash from app_user where username = 'nfd.cu'")
                .query(String.class)
                .single();
        assertThat(raw.matches(FIRST, upgraded))
                .as("hashed again in NFC at sign-in")
                .isTrue();
        assertThat(new WebClient(port).login("nfd.cu", FIRST).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    }

    @Test
    void aPasswordOfSpacesIsRefusedNamingTheField() {
        HttpResponse<String> refused = WebClient.api(port, "admin", DEMO_PASSWORD)
                .sendJson(
                        "POST",
                        "/api/v1/users",
                        "{\"username\":\"khoangtrang.thu\",\"displayName\":\"K\",\"role\":\"REPORTER\","
                                + "\"unitCode\":\"16642\",\"structure\":\"pre2025\",\"password\":\"" + " ".repeat(16)
                                + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("field").asString()).isEqualTo("password");
        assertThat(refused.body()).contains("khoảng trắng");
    }
}
