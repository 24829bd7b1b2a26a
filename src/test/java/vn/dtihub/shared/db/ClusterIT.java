package vn.dtihub.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.DtiHubApplication;

/**
 * Two application nodes on one PostgreSQL behind nginx (Debian's, round robin), as a deployment runs them: a user
 * signed in through nginx keeps working while one node is killed (kill -9): no read fails; and the killed node, started
 * again, serves again. Also run, with figures, by {@code bench/cluster.sh}.
 */
class ClusterIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_PASSWORD = "mật khẩu quản trị cụm máy chủ";

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int smtp;

    private static Process node(Path folder, int port, int db) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        javaBin,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        DtiHubApplication.class.getName(),
                        "--server.port=" + port,
                        "--dtihub.db.url=jdbc:postgresql://localhost:" + db + "/postgres",
                        "--dtihub.db.user=" + AppRole.EMBEDDED,
                        "--dtihub.db.migration-user=postgres",
                        "--dtihub.db.app-role=" + AppRole.EMBEDDED,
                        "--dtihub.data-dir=" + folder.resolve("shared-data"),
                        "--dtihub.admin-password=" + ADMIN_PASSWORD,
                        "--dtihub.security.argon2-memory-kib=1024",
                        "--dtihub.mail.poll-interval=PT1S",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp,
                        "--logging.level.root=WARN")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("node-" + port + ".log").toFile())
                .start();
    }

    private static void awaitReady(HttpClient http, int port, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            assertThat(process.isAlive()).as("node on " + port + " started").isTrue();
            assertThat(System.nanoTime())
                    .as("node on " + port + " ready in 3 minutes")
                    .isLessThan(deadline);
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(
                                                        "http://localhost:" + port + "/actuator/health/readiness"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not yet
            }
            Thread.sleep(250);
        }
    }

    @Test
    void aUserKeepsWorkingThroughNginxWhileANodeIsKilledAndRestarted() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/nginx")), "nginx (Debian's) is installed");
        Path folder = Files.createTempDirectory("dtihub-cluster-");
        smtp = freePort();
        var mail = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(smtp, "127.0.0.1", "smtp"));
        mail.start();
        EmbeddedPostgres db = EmbeddedServer.start(folder.resolve("postgres"), 0, true);
        AppRole.create(db);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int a = freePort();
        int b = freePort();
        int lb = freePort();
        List<Process> started = new ArrayList<>();
        Process nginx = null;
        try {
            Process first = node(folder, a, db.getPort());
            started.add(first);
            awaitReady(http, a, first);
            Process second = node(folder, b, db.getPort());
            started.add(second);
            awaitReady(http, b, second);

            Path conf = folder.resolve("nginx.conf");
            Files.writeString(conf, """
                    worker_processes 1;
                    daemon off;
                    pid %1$s/nginx.pid;
                    error_log %1$s/nginx-error.log warn;
                    events { worker_connections 256; }
                    http {
                        access_log off;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        upstream dtihub {
                            server 127.0.0.1:%2$d max_fails=1 fail_timeout=5s;
                            server 127.0.0.1:%3$d max_fails=1 fail_timeout=5s;
                        }
                        server {
                            listen 127.0.0.1:%4$d;
                            location / {
                                proxy_pass http://dtihub;
                                proxy_connect_timeout 1s;
                                proxy_next_upstream error timeout http_502 http_503;
                                proxy_set_header Host $host;
                                proxy_set_header X-Forwarded-For $remote_addr;
                            }
                        }
                    }
                    """.formatted(folder, a, b, lb));
            nginx = new ProcessBuilder("/usr/sbin/nginx", "-c", conf.toString(), "-p", folder.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("nginx.out").toFile())
                    .start();
            String base = "http://127.0.0.1:" + lb;
            String token = null;
            for (int i = 0; i < 40 && token == null; i++) {
                try {
                    HttpResponse<String> signedIn = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}",
                                            StandardCharsets.UTF_8))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (signedIn.statusCode() == 200) {
                        token = JSON.readTree(signedIn.body()).get("token").asString();
                    }
                } catch (java.io.IOException e) {
                    Thread.sleep(100);
                }
            }
            assertThat(token).as("signed in through nginx").isNotNull();

            // The mail outbox, polled every second by both nodes: each e-mail goes out once.
            try (var c = db.getPostgresDatabase().getConnection();
                    var st = c.createStatement()) {
                st.execute("insert into notification (user_id, kind, subject, body, dedupe_key, email_to, email_status)"
                        + " select u.id, 'TEST', 'Thư thử số ' || g, 'Nội dung', 'cluster:' || g, 'vp@cds.example',"
                        + " 'PENDING' from app_user u, generate_series(1, 40) g where u.username = 'admin'");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (mail.getReceivedMessages().length < 40 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(3_000);
            int mails = mail.getReceivedMessages().length;

            Map<Integer, Integer> before = reads(http, base, token, 3);
            first.destroyForcibly(); // kill -9 of one node under load
            Map<Integer, Integer> during = reads(http, base, token, 6);
            Process again = node(folder, a, db.getPort());
            started.add(again);
            awaitReady(http, a, again);
            Map<Integer, Integer> after = reads(http, base, token, 3);
            System.out.printf(
                    "Cluster: 40 queued e-mails sent %d times by two nodes; reads before %s, while a node is dead %s,"
                            + " after it is back %s%n",
                    mails, before, during, after);
            assertThat(mails)
                    .as("each queued e-mail sent once across both nodes")
                    .isEqualTo(40);
            assertThat(before.keySet()).containsOnly(200);
            assertThat(during.keySet())
                    .as("no read fails while one node is dead")
                    .containsOnly(200);
            assertThat(after.keySet()).containsOnly(200);
            int backPort = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + a + "/api/v1/me"))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            assertThat(backPort)
                    .as("the restarted node takes the same token: state is in the database")
                    .isEqualTo(200);

            // A rolling restart under load: each node in turn stopped with SIGTERM (graceful) and started again.
            java.util.concurrent.atomic.AtomicBoolean rolling = new java.util.concurrent.atomic.AtomicBoolean(true);
            Map<Integer, Integer> duringRestart = new java.util.concurrent.ConcurrentSkipListMap<>();
            final String signedToken = token;
            Thread load = new Thread(() -> {
                while (rolling.get()) {
                    try {
                        reads(http, base, signedToken, 1).forEach((k, v) -> duringRestart.merge(k, v, Integer::sum));
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            load.start();
            second.destroy();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Process secondAgain = node(folder, b, db.getPort());
            started.add(secondAgain);
            awaitReady(http, b, secondAgain);
            // As a rolling restart must: the balancer takes the node back (its fail_timeout, 5 s, has passed since it
            // last failed to connect) before the other node goes down.
            Thread.sleep(6_000);
            again.destroy();
            assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Process firstAgain = node(folder, a, db.getPort());
            started.add(firstAgain);
            awaitReady(http, a, firstAgain);
            rolling.set(false);
            load.join();
            System.out.println("Cluster: reads during a rolling restart of both nodes " + duringRestart);
            assertThat(duringRestart.keySet())
                    .as("no request lost in a rolling restart")
                    .containsOnly(200);
        } finally {
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor(10, TimeUnit.SECONDS);
            }
            for (Process p : started) {
                p.destroy();
            }
            for (Process p : started) {
                p.waitFor(30, TimeUnit.SECONDS);
            }
            db.close();
            mail.stop();
            org.springframework.util.FileSystemUtils.deleteRecursively(folder.toFile());
        }
    }

    /** Reads through nginx for some seconds, four at a time: the count of each status (-1 for no answer). */
    private static Map<Integer, Integer> reads(HttpClient http, String base, String token, int seconds)
            throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < until) {
                    int status;
                    try {
                        status = http.send(
                                        HttpRequest.newBuilder(URI.create(
                                                        base + "/api/v1/units?structure=current&level=PROVINCE&size=5"))
                                                .header("Authorization", "Bearer " + token)
                                                .timeout(Duration.ofSeconds(10))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    synchronized (statuses) {
                        statuses.merge(status, 1, Integer::sum);
                    }
                }
            });
            t.start();
            readers.add(t);
        }
        for (Thread t : readers) {
            t.join();
        }
        return statuses;
    }
}
