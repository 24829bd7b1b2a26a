package vn.dtihub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/** Anonymous visitors cost no server session; a fresh session takes the parallel requests htmx fires at once. */
class AnonymousSessionsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    @Test
    void aThousandAnonymousRequestsAddNoSessionRow() throws Exception {
        long before = sessions();
        List<String> paths = List.of("/login", "/", "/plans", "/public/results", "/login?error", "/my-tasks");
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                String path = paths.get(i % paths.size());
                answers.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return HttpClient.newHttpClient()
                                        .send(
                                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode();
                            } catch (Exception e) {
                                return -1;
                            }
                        },
                        pool));
            }
            for (var a : answers) {
                assertThat(a.get()).isIn(200, 302);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sessions()).as("session rows after 1,000 anonymous requests").isEqualTo(before);

        WebClient browser = new WebClient(port);
        assertThat(browser.get("/plans").statusCode())
                .as("a page that needs signing in")
                .isEqualTo(302);
        HttpResponse<String> signedIn = browser.login("thanhhoa.cds", DEMO_PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElse(""))
                .as("back to the page asked for before signing in")
                .endsWith("/plans");
        assertThat(sessions()).isEqualTo(before + 1);
    }

    @Test
    void fiftyParallelRequestsRightAfterSignInAllSucceed() throws Exception {
        WebClient browser = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        List<String> paths = List.of("/", "/plans", "/my-tasks", "/notifications", "/profile");
        var pool = Executors.newFixedThreadPool(50);
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String path = paths.get(i % paths.size());
                answers.add(CompletableFuture.supplyAsync(
                        () -> browser.get(path, java.util.Map.of("HX-Request", "true"))
                                .statusCode(),
                        pool));
            }
            for (var a : answers) {
                assertThat(a.get()).isBetween(200, 399);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
