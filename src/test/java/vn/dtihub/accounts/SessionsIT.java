package vn.dtihub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.UserView;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.shared.WebClient;

class SessionsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users accounts;

    private static boolean toLogin(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").contains("/login");
    }

    @Test
    void sessionsLiveInTheDatabaseAndExpireAfterThirtyIdleMinutes() {
        WebClient.signedIn(port, "quangngai.xem", DEMO_PASSWORD);
        Integer idle = jdbc.sql(
                        "select max_inactive_interval from spring_session where principal_name = 'quangngai.xem' limit 1")
                .query(Integer.class)
                .single();
        assertThat(idle).isEqualTo(30 * 60);
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        WebClient client = WebClient.signedIn(port, "haibinh.baocao", DEMO_PASSWORD);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> out = client.postForm("/logout", Map.of());
        assertThat(out.headers().firstValue("Location").orElse("")).contains("/login?logout");
        assertThat(toLogin(client.get("/"))).isTrue();
    }

    @Test
    void deactivatingAUserEndsTheirSessionsAtOnce() {
        UserView user = accounts.create(
                TestPrincipal.admin(),
                new UserInput(
                        "hoanghoa.baocao",
                        "Cán bộ thử",
                        null,
                        Role.REPORTER,
                        "38",
                        "current",
                        null,
                        "mật khẩu thử đủ dài",
                        true));
        WebClient client = WebClient.signedIn(port, "hoanghoa.baocao", "mật khẩu thử đủ dài");
        assertThat(client.get("/").statusCode()).isEqualTo(200);

        WebClient admin = WebClient.signedIn(port, "admin", DEMO_PASSWORD);
        HttpResponse<String> saved = admin.postForm(
                "/admin/users/" + user.id(),
                Map.of(
                        "displayName",
                        "Cán bộ thử",
                        "role",
                        "REPORTER",
                        "unitCode",
                        "38",
                        "structure",
                        "current",
                        "active",
                        "false",
                        "version",
                        String.valueOf(user.version())));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(toLogin(client.get("/"))).isTrue();
        assertThat(WebClient.signedInOrNull(port, "hoanghoa.baocao", "mật khẩu thử đủ dài"))
                .isNull();
    }

    @Test
    void onlyHealthAndInfoOfTheActuatorAreExposed() {
        WebClient anonymous = new WebClient(port);
        assertThat(anonymous.getJson("/actuator/health").statusCode()).isEqualTo(200);
        WebClient admin = WebClient.signedIn(port, "admin", DEMO_PASSWORD);
        for (String endpoint :
                new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump"}) {
            assertThat(admin.getJson(endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
        assertThat(anonymous.send("TRACE", "/login", Map.of(), null).statusCode())
                .isGreaterThanOrEqualTo(400);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        HttpResponse<String> docs = new WebClient(port).getJson("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body())
                .contains("/api/v1/units/{code}", "/api/v1/users", "/api/v1/auth/token", "/api/v1/audit");
        assertThat(new WebClient(port).get("/swagger-ui/index.html").statusCode())
                .isEqualTo(200);
    }
}
