package vn.dtihub.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The product's own embedded PostgreSQL: durable (fsync, synchronous commit and full-page writes on, where the library
 * made for tests turns fsync off), started on a data folder that survives restarts, and able to take that folder back
 * from a postmaster a killed JVM left running on it.
 */
public final class EmbeddedServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    /** The settings that keep every acknowledged commit on disk; a test reads them back from pg_settings. */
    public static final List<String> DURABLE = List.of("fsync", "synchronous_commit", "full_page_writes");

    private EmbeddedServer() {}

    /**
     * Starts PostgreSQL on the folder (on {@code port}, or a free one for 0; emptied first if {@code clean}). The JVM's
     * own shutdown closes it after
     * the connection pool (Spring's bean order), not a shutdown hook of the library that could stop it under requests
     * still being answered.
     */
    public static EmbeddedPostgres start(Path directory, int port, boolean clean) throws IOException {
        stopOrphan(directory);
        if (clean) {
            // A fresh folder, emptied here rather than by the library, which would also delete it when the server is
            // stopped, even to be started again after a crash.
            org.springframework.util.FileSystemUtils.deleteRecursively(directory);
        }
        Files.createDirectories(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("timezone", "UTC");
        // The library starts the server with -F (fsync off, for tests); a -c given after it wins.
        for (String setting : DURABLE) {
            builder.setServerConfig(setting, "on");
        }
        return builder.start();
    }

    /**
     * Stops a postmaster still running on the folder (its JVM was killed: the server lives on, holding the folder and
     * its port), so that this start works the first time. Smart shutdown first (its clients died with the JVM); a
     * server that does not stop within 20 s is killed, and recovers from its log at the next start.
     */
    static boolean stopOrphan(Path directory) {
        Optional<ProcessHandle> orphan = postmaster(directory);
        if (orphan.isEmpty()) {
            return false;
        }
        ProcessHandle server = orphan.get();
        log.warn(
                "A PostgreSQL (pid {}) left running by an earlier process holds {}: stopping it before starting again",
                server.pid(),
                directory);
        server.destroy();
        if (!waitForExit(server, Duration.ofSeconds(20))) {
            log.warn("PostgreSQL (pid {}) did not stop: killing it; it recovers from its log on start", server.pid());
            server.destroyForcibly();
            waitForExit(server, Duration.ofSeconds(10));
        }
        return true;
    }

    /** The live postmaster whose pid file in the folder names this folder, if any. */
    public static Optional<ProcessHandle> postmaster(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            Path dataDir = Path.of(lines.get(1).strip());
            if (!Files.isSameFile(dataDir, directory)) {
                return Optional.empty();
            }
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
        } catch (IOException | RuntimeException e) {
            // A pid file PostgreSQL cannot have written (empty, half-written): PostgreSQL itself judges it at start.
            return Optional.empty();
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
