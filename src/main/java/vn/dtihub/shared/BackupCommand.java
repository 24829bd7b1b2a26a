package vn.dtihub.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import vn.dtihub.shared.db.Backup;
import vn.dtihub.shared.db.EmbeddedServer;

/**
 * {@code java -jar dtihub.jar backup --to FILE} and {@code restore --from FILE}, on either setup: the database of
 * {@code DTIHUB_DB_URL} (with {@code DTIHUB_DB_USER}, {@code DTIHUB_DB_PASSWORD}), or the embedded one in the data
 * folder ({@code DTIHUB_DATA_DIR} or {@code --data-dir=}), whether the application is running on it (the server's port
 * is read from its pid file) or not (the command starts it and stops it after). A restore goes into an empty database
 * and data folder.
 */
public final class BackupCommand {

    private BackupCommand() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; the process's exit code. */
    public static int run(String[] args) {
        String file = null;
        Path dataDir =
                Path.of(Optional.ofNullable(System.getenv("DTIHUB_DATA_DIR")).orElse("./data"));
        for (int i = 1; i < args.length; i++) {
            if ((args[i].equals("--to") || args[i].equals("--from")) && i + 1 < args.length) {
                file = args[++i];
            } else if (args[i].startsWith("--data-dir=")) {
                dataDir = Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        if (file == null) {
            System.err.println("Usage: java -jar dtihub.jar backup --to FILE | restore --from FILE [--data-dir=DIR]");
            return 2;
        }
        try {
            return args[0].equals("backup")
                    ? backup(Path.of(file), dataDir.toAbsolutePath())
                    : restore(Path.of(file), dataDir.toAbsolutePath());
        } catch (Exception e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int backup(Path file, Path dataDir) throws Exception {
        long started = System.nanoTime();
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Database db = Database.open(dataDir);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
            boolean objectStore = "s3".equals(System.getenv("DTIHUB_FILES_STORE"));
            if (objectStore) {
                System.out.println("Files are in the S3 store (DTIHUB_FILES_STORE=s3): back it up by its own means");
            }
            Backup.Manifest m = Backup.write(db.connection(), objectStore ? null : dataDir.resolve("files"), out);
            out.flush();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf(
                    "Backup written to %s: schema %s, %d tables, %d rows, %d files, %.1f MB, in %.1f s%n",
                    file,
                    m.schemaVersion(),
                    m.rows().size(),
                    m.rows().values().stream().mapToLong(Long::longValue).sum(),
                    m.files().size(),
                    Files.size(file) / 1e6,
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static int restore(Path file, Path dataDir) throws Exception {
        long started = System.nanoTime();
        try (Database db = Database.open(dataDir);
                InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Backup.Manifest m = Backup.restore(
                    db.connection(),
                    dataDir.resolve("files"),
                    in,
                    version -> Flyway.configure()
                            .dataSource(db.url(), db.user(), db.password())
                            .locations("classpath:db/migration")
                            .target(version)
                            .load()
                            .migrate());
            System.out.printf(
                    "Restored %s (taken %s): %d tables, %d rows, %d files, every checksum equal, in %.1f s%n",
                    file,
                    m.takenAt(),
                    m.rows().size(),
                    m.rows().values().stream().mapToLong(Long::longValue).sum(),
                    m.files().size(),
                    (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }

    /** The product's database for the command: external, the running embedded server, or one started for it. */
    private record Database(Connection connection, String url, String user, String password, EmbeddedPostgres started)
            implements AutoCloseable {

        static Database open(Path dataDir) throws Exception {
            String url = System.getenv("DTIHUB_DB_URL");
            if (url != null && !url.isBlank()) {
                String user = System.getenv("DTIHUB_DB_USER");
                String password = System.getenv("DTIHUB_DB_PASSWORD");
                return new Database(DriverManager.getConnection(url, user, password), url, user, password, null);
            }
            Path folder = dataDir.resolve("postgres");
            EmbeddedPostgres started = null;
            int port;
            if (EmbeddedServer.postmaster(folder).isPresent()) {
                // The application runs on it: its postmaster.pid gives the port (line 4).
                List<String> pid = Files.readAllLines(folder.resolve("postmaster.pid"), StandardCharsets.UTF_8);
                port = Integer.parseInt(pid.get(3).strip());
            } else {
                started = EmbeddedServer.start(folder, 0, false);
                port = started.getPort();
            }
            String jdbc = "jdbc:postgresql://localhost:" + port + "/postgres";
            return new Database(DriverManager.getConnection(jdbc, "postgres", null), jdbc, "postgres", null, started);
        }

        @Override
        public void close() throws Exception {
            connection.close();
            if (started != null) {
                started.close();
            }
        }
    }
}
