package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.db.EmbeddedServer;

/**
 * The product's own database keeps every acknowledged save on disk, and when it dies under the application the node
 * says so at once (readiness down, 503 "nothing was saved" without waiting) and is back by itself, nothing lost.
 */
class DatabaseRecoveryIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEmbeddedDatabaseRunsWithEveryCommitOnDisk() {
        for (String setting : EmbeddedServer.DURABLE) {
            assertThat(jdbc.sql("select setting from pg_settings where name = :n")
                            .param("n", setting)
                            .query(String.class)
                            .single())
                    .as(setting)
                    .isEqualTo("on");
        }
    }

    private int status(HttpClient http, String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void aDeadDatabaseIsRefusedAtOnceAndIsBackByItselfWithNothingLost() throws Exception {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long plan = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"title\":\"Kế hoạch lưu trước sự cố\",\"yearFrom\":2026,\"yearTo\":2026}")
                        .body())
                .get("id")
                .asLong();
        WebClient browser = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        HttpClient http = HttpClient.newHttpClient();
        assertThat(status(http, "/actuator/health/readiness")).isEqualTo(200);

        long pid = Long.parseLong(Files.readAllLines(Path.of("target/it-data/postgres/postmaster.pid"))
                .get(0)
                .strip());
        long killed = System.nanoTime();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // kill -9 of the postmaster
        while (status(http, "/actuator/health/readiness") == 200) {
            assertThat(System.nanoTime() - killed).as("readiness still UP").isLessThan(5_000_000_000L);
            Thread.sleep(20);
        }
        long down = (System.nanoTime() - killed) / 1_000_000;

        long asked = System.nanoTime();
        HttpResponse<String> refused = office.getJson("/api/v1/plans/" + plan);
        long answered = (System.nanoTime() - asked) / 1_000_000;
        HttpResponse<String> page = browser.get("/plans/" + plan);

        String back = null;
        while (back == null) {
            HttpResponse<String> again = office.getJson("/api/v1/plans/" + plan);
            if (again.statusCode() == 200) {
                back = again.body();
            } else {
                assertThat(System.nanoTime() - killed).as("not back yet").isLessThan(30_000_000_000L);
                Thread.sleep(50);
            }
        }
        long up = (System.nanoTime() - killed) / 1_000_000;
        System.out.printf(
                "Database killed: readiness DOWN after %d ms, a request refused in %d ms, serving again after %d ms%n",
                down, answered, up);

        assertThat(down).as("readiness DOWN within 2 s").isLessThan(2_000);
        if (refused.statusCode() == 503) {
            assertThat(answered).as("refused at once").isLessThan(1_000);
            assertThat(refused.body()).contains("Cơ sở dữ liệu tạm thời không truy cập được: chưa có gì được lưu");
            assertThat(refused.headers().firstValue("Retry-After")).contains("5");
        } else {
            assertThat(refused.statusCode())
                    .as("only a 503 or, back already, a 200")
                    .isEqualTo(200);
        }
        assertThat(page.statusCode()).isIn(200, 503);
        if (page.statusCode() == 503) {
            assertThat(page.body()).contains("chưa có gì được lưu");
        }
        assertThat(up).as("serving again within 10 s").isLessThan(10_000);
        assertThat(JSON.readTree(back).get("plan").get("title").asString()).isEqualTo("Kế hoạch lưu trước sự cố");
        while (status(http, "/actuator/health/readiness") != 200) {
            assertThat(System.nanoTime() - killed).isLessThan(30_000_000_000L);
            Thread.sleep(50);
        }
        assertThat(browser.get("/plans/" + plan).statusCode()).isEqualTo(200);
    }
}
