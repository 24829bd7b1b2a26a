package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One user flooding exports (30 loops from another, low-priority process, as a remote client) cannot slow another
 * user down: one export of theirs at a time, the rest refused at once with 429 and Retry-After.
 */
class HeavyWorkIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private long median(WebClient client, String path, int n) {
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            assertThat(client.get(path).statusCode()).isEqualTo(200);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        return times[n / 2] / 1_000_000;
    }

    @Test
    void aFloodOfExportsIsRefusedPastAFewAndAnotherUsersPageStaysFast() throws Exception {
        WebClient flooder = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long plan = -1;
        for (JsonNode p : JSON.readTree(flooder.getJson("/api/v1/plans").body())) {
            if (p.path("taskCount").asInt() > 20) {
                plan = p.get("id").asLong();
            }
        }
        assertThat(plan).as("the demo steering committee's plan").isPositive();
        String token = JSON.readTree(new WebClient(port)
                        .sendJson(
                                "POST",
                                "/api/v1/auth/token",
                                "{\"username\":\"thanhhoa.cds\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                        .body())
                .get("token")
                .asString();
        long single = System.nanoTime();
        assertThat(flooder.getBytes("/api/v1/plans/" + plan + "/export?format=pdf")
                        .statusCode())
                .isEqualTo(200);
        long oneExport = (System.nanoTime() - single) / 1_000_000;
        WebClient other = WebClient.signedIn(port, "nghison.cds", DEMO_PASSWORD);
        median(other, "/plans", 5);
        long idle = median(other, "/plans", 15);

        String export = "http://localhost:" + port + "/api/v1/plans/" + plan + "/export?format=pdf";
        Process flood = new ProcessBuilder(
                        "nice",
                        "-n",
                        "19",
                        java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ExportFlood.class.getName(),
                        export,
                        token,
                        "8")
                .redirectErrorStream(true)
                .start();
        Thread.sleep(2_000);
        long busy = median(other, "/plans", 15);
        String output = new String(flood.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(flood.waitFor()).isZero();
        String statuses = output.lines()
                .filter(l -> l.startsWith("STATUSES "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(output));
        System.out.printf(
                "Heavy work: one PDF export %d ms; another user's page idle %d ms, during a 30-loop export flood %d ms;"
                        + " flood answers %s%n",
                oneExport, idle, busy, statuses);
        assertThat(statuses)
                .as("the flood's own exports are served, one at a time")
                .contains("200=");
        assertThat(statuses)
                .as("the rest refused at once, with Retry-After")
                .contains("429=")
                .doesNotContain("4290=");
        assertThat(statuses).as("nothing else").matches("STATUSES \\{(200|429)=\\d+(, (200|429)=\\d+)*\\}");
        assertThat(busy).as("another user's page under 3 × its idle time").isLessThan(3 * Math.max(idle, 20));
    }

    @Test
    void aRobustnessRunIsCappedAndItsParametersChecked() {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        for (String query : java.util.List.of("draws=1000000", "draws=0", "range=NaN", "range=-1", "range=7")) {
            var refused = office.getJson("/api/v1/rankings/1/robustness?" + query);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).get("field").asString())
                    .as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }
}
