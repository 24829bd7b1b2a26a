package vn.dtihub.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's embedded PostgreSQL: durable, and able to start again after its JVM was killed. */
class EmbeddedServerTest {

    @TempDir
    Path folder;

    @Test
    void aStartAfterTheJvmWasKilledWorksTheFirstTimeWithEverythingCommittedKept() throws Exception {
        Path data = folder.resolve("postgres");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        OrphanedPostmasterChild.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("READY"));
            assertThat(line).as("the child started its database").isNotNull();
        }
        child.destroyForcibly(); // kill -9: no shutdown hook runs
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(EmbeddedServer.postmaster(data))
                .as("the postmaster outlives its JVM and still holds the folder")
                .isPresent();
        assertThat(Files.exists(data.resolve("postmaster.pid"))).isTrue();

        long started = System.nanoTime();
        var postgres = EmbeddedServer.start(data, 0, false);
        long millis = (System.nanoTime() - started) / 1_000_000;
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                var s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select note from saved where id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("đã lưu trước khi bị tắt");
            }
            for (String setting : EmbeddedServer.DURABLE) {
                try (ResultSet rs = s.executeQuery("select setting from pg_settings where name = '" + setting + "'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        } finally {
            postgres.close();
        }
        assertThat(EmbeddedServer.postmaster(data)).as("stopped cleanly").isEmpty();
        System.out.println("Start after kill -9 of the JVM: " + millis + " ms (orphan stopped, server started)");
    }
}
