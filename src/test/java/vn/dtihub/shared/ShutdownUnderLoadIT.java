package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.DtiHubApplication;

/**
 * The product as it runs, in its own JVM, stopped with SIGTERM under load: every request it accepted is answered
 * (no 5xx), the log shows no connection error, and its embedded database is stopped cleanly (no postmaster left).
 */
class ShutdownUnderLoadIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void sigtermFinishesTheAcceptedRequestsThenStopsThePoolThenTheDatabase() throws Exception {
        int port = freePort();
        Path log = folder.resolve("app.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        DtiHubApplication.class.getName(),
                        "--server.port=" + port,
                        "--dtihub.data-dir=" + folder.resolve("data"),
                        "--dtihub.demo-password=" + IntegrationTest.DEMO_PASSWORD,
                        "--dtihub.security.argon2-memory-kib=1024",
                        "--dtihub.mail.poll-interval=PT1H",
                        "--logging.level.io.zonky=WARN")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://localhost:" + port;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (true) {
                assertThat(app.isAlive()).as("the application started").isTrue();
                assertThat(System.nanoTime()).as("ready within 3 minutes").isLessThan(deadline);
                try {
                    if (http.send(
                                            HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        break;
                    }
                } catch (java.io.IOException e) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            String token = JSON.readTree(http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"thanhhoa.cds\","
                                                    + "\"password\":\"" + IntegrationTest.DEMO_PASSWORD + "\"}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .get("token")
                    .asString();

            AtomicBoolean stop = new AtomicBoolean();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicInteger refused = new AtomicInteger();
            List<Thread> load = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 6; i++) {
                Thread t = new Thread(() -> {
                    HttpClient client = HttpClient.newHttpClient();
                    while (!stop.get()) {
                        try {
                            int status = client.send(
                                            HttpRequest.newBuilder(URI.create(base + "/api/v1/plans"))
                                                    .header("Authorization", "Bearer " + token)
                                                    .timeout(Duration.ofSeconds(30))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                            statuses.computeIfAbsent(status, k -> new AtomicInteger())
                                    .incrementAndGet();
                        } catch (Exception e) {
                            // not accepted: the server had stopped listening
                            refused.incrementAndGet();
                        }
                    }
                });
                t.start();
                load.add(t);
            }
            Thread.sleep(2_000);
            app.destroy(); // SIGTERM
            assertThat(app.waitFor(60, TimeUnit.SECONDS))
                    .as("stopped within a minute")
                    .isTrue();
            stop.set(true);
            for (Thread t : load) {
                t.join(10_000);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println("Shutdown under load: answered " + statuses + ", not accepted " + refused.get());
            assertThat(statuses.get(200)).as("the load was served").isNotNull();
            assertThat(statuses.keySet()).as("no accepted request failed").allMatch(s -> s < 500);
            assertThat(output).contains("Graceful shutdown complete");
            assertThat(output.lines().filter(l -> l.contains(" ERROR ") || l.contains("Exception")))
                    .as("no error in the log")
                    .isEmpty();
            assertThat(Files.exists(folder.resolve("data/postgres/postmaster.pid")))
                    .as("the embedded database was stopped cleanly")
                    .isFalse();
        } finally {
            if (app.isAlive()) {
                app.destroyForcibly();
            }
        }
    }
}
