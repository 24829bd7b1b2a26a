package vn.dtihub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.TestFiles;

/**
 * Stored files in an S3-compatible object store, against a real S3 API server (Adobe's S3Mock, its own Java process):
 * the same checks, hashing, single copy of identical content and clean-up on rollback as the local folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3BlobsIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final Path folder = createFolder();

    private static Path createFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("dtihub-s3-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Process s3mock;
    private String endpoint;
    private S3Client client;

    @BeforeAll
    void startS3() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int https;
        try (var socket = new java.net.ServerSocket(0)) {
            https = socket.getLocalPort();
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        s3mock = new ProcessBuilder(
                        javaBin,
                        "-Xmx256m",
                        "-jar",
                        Path.of("target/s3mock/s3mock.jar").toAbsolutePath().toString(),
                        "--com.adobe.testing.s3mock.http-port=" + port,
                        "--server.port=" + https,
                        "--com.adobe.testing.s3mock.store.initial-buckets=dtihub",
                        "--com.adobe.testing.s3mock.store.root=" + folder.resolve("s3"),
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .start();
        endpoint = "http://localhost:" + port;
        BufferedReader out = new BufferedReader(new InputStreamReader(s3mock.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            log.append(line).append('\n');
            if (line.contains("Started S3MockApplication")) {
                break;
            }
            assertThat(System.nanoTime()).as(log.toString()).isLessThan(deadline);
        }
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(java.io.Writer.nullWriter());
            } catch (java.io.IOException e) {
                // the server stopped
            }
        });
        drain.setDaemon(true);
        drain.start();
        client = S3Client.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dtihub", "dtihub")))
                .build();
    }

    @AfterAll
    void stopS3() {
        if (client != null) {
            client.close();
        }
        if (s3mock != null) {
            s3mock.destroy();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(folder.toFile());
    }

    private List<String> keys() {
        return client.listObjectsV2(r -> r.bucket("dtihub")).contents().stream()
                .map(S3Object::key)
                .toList();
    }

    @Test
    void filesGoToTheBucketOnceCheckedAndComeBackAsStored() throws Exception {
        FileStore store =
                new FileStore(jdbc, folder, 1024 * 1024, new S3Blobs(endpoint, "us-east-1", "dtihub", "a", "b", true));
        byte[] pdf = TestFiles.pdf("S3 thử nghiệm");
        StoredFile first = store.store(new ByteArrayInputStream(pdf), "bien-ban.pdf");
        String key = jdbc.sql("select storage_key from stored_file where id = :id")
                .param("id", first.id())
                .query(String.class)
                .single();
        assertThat(keys()).contains(key);
        try (var in = store.open(first)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        StoredFile again = store.store(new ByteArrayInputStream(pdf), "ban-sao.pdf");
        assertThat(again.id()).as("identical content is stored once").isEqualTo(first.id());
        int objects = keys().size();

        assertThatThrownBy(() -> store.store(
                        new ByteArrayInputStream("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
                        "trang.pdf"))
                .isInstanceOf(FileRejectedException.class);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[2 * 1024 * 1024]), "lon.pdf"))
                .isInstanceOf(FileRejectedException.class);
        assertThat(keys()).as("a refused file leaves no object").hasSize(objects);

        byte[] other = TestFiles.pdf("S3 hoàn tác");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            store.store(new ByteArrayInputStream(other), "hoan-tac.pdf");
            status.setRollbackOnly();
        });
        assertThat(keys()).as("the object of a rolled-back row is removed").hasSize(objects);
    }
}
