package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dtihub.shared.db.Backup;
import vn.dtihub.shared.db.EmbeddedServer;

/**
 * {@code backup --to FILE} while the application runs and users write, then {@code restore --from FILE} into an empty
 * data folder: every table has the rows and checksum of the backup's snapshot, every file its hash.
 */
class BackupIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void aBackupTakenDuringWritesRestoresIntoAnEmptyFolderWithEveryTableAndFileEqual() throws Exception {
        long plansBefore =
                jdbc.sql("select count(*) from plan").query(Long.class).single();
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long plan = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(office.sendJson("POST", "/api/v1/plans", "{\"title\":\"Kế hoạch có minh chứng\"}")
                        .body())
                .get("id")
                .asLong();
        long task = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans/" + plan + "/tasks",
                                "{\"text\":\"Chụp ảnh biên bản\",\"deadline\":\"Năm 2026\"}")
                        .body())
                .get("id")
                .asLong();
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xC0FFEE);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        assertThat(office.postMultipart(
                                "/api/v1/tasks/" + task + "/files",
                                java.util.Map.of(),
                                "file",
                                "bien-ban.png",
                                png.toByteArray())
                        .statusCode())
                .isEqualTo(201);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            while (!stop.get()) {
                if (office.sendJson(
                                        "POST",
                                        "/api/v1/plans",
                                        "{\"title\":\"Kế hoạch ghi trong lúc sao lưu " + written.get()
                                                + "\",\"yearFrom\":2026}")
                                .statusCode()
                        == 201) {
                    written.incrementAndGet();
                }
            }
        });
        writer.start();
        while (written.get() < 3) {
            Thread.sleep(20);
        }
        Path backup = folder.resolve("dtihub.zip");
        int exit = BackupCommand.run(new String[] {"backup", "--to", backup.toString(), "--data-dir=target/it-data"});
        int duringBackup = written.get();
        Thread.sleep(200);
        stop.set(true);
        writer.join(10_000);
        assertThat(exit).as("backup exit code").isZero();
        assertThat(written.get()).as("users kept writing").isGreaterThan(3);

        Backup.Manifest manifest;
        try (InputStream in = Files.newInputStream(backup)) {
            manifest = Backup.manifest(in);
        }
        assertThat(manifest.rows().get("plan"))
                .as("the snapshot holds what was saved before it, not necessarily what came after")
                .isGreaterThanOrEqualTo(plansBefore + 3)
                .isLessThanOrEqualTo(plansBefore + duringBackup + 1);
        assertThat(manifest.rows()).containsKeys("audit_event", "reported_value", "stored_file", "admin_unit");
        assertThat(manifest.files())
                .isNotEmpty()
                .hasSize(manifest.rows().get("stored_file").intValue());

        Path fresh = folder.resolve("restored");
        assertThat(BackupCommand.run(new String[] {"restore", "--from", backup.toString(), "--data-dir=" + fresh}))
                .as("restore exit code")
                .isZero();
        assertThat(BackupCommand.run(new String[] {"restore", "--from", backup.toString(), "--data-dir=" + fresh}))
                .as("a second restore into a folder that is not empty is refused")
                .isEqualTo(1);

        var postgres = EmbeddedServer.start(fresh.resolve("postgres"), 0, false);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            for (var table : manifest.rows().entrySet()) {
                try (var rs = s.executeQuery("select count(*), md5(coalesce(string_agg(r::text, ',' order by"
                        + " r::text), '')) from \"" + table.getKey() + "\" r")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(table.getKey()).isEqualTo(table.getValue());
                    assertThat(rs.getString(2))
                            .as(table.getKey())
                            .isEqualTo(manifest.checksums().get(table.getKey()));
                }
            }
            try (var rs = s.executeQuery("select nextval('plan_id_seq') > (select max(id) from plan)")) {
                rs.next();
                assertThat(rs.getBoolean(1))
                        .as("sequences continue after the restored ids")
                        .isTrue();
            }
        } finally {
            postgres.close();
        }
        for (var file : manifest.files().entrySet()) {
            byte[] bytes = Files.readAllBytes(fresh.resolve("files").resolve(file.getKey()));
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .as(file.getKey())
                    .isEqualTo(file.getValue());
        }
    }
}
