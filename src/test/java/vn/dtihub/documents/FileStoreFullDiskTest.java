package vn.dtihub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dtihub.shared.StorageFullException;

/**
 * A disk that really is full: the files folder on a 1 MiB tmpfs (mounted as root; skipped where mounting is not
 * allowed). An upload larger than the space left is refused as "storage full", not a generic failure, and leaves no
 * half-written file behind, so the space is free again for the next upload.
 */
class FileStoreFullDiskTest {

    @TempDir
    Path folder;

    private Path mounted;

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @BeforeEach
    void mount() throws Exception {
        mounted = folder.resolve("data");
        Files.createDirectories(mounted);
        Assumptions.assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mounted.toString()) == 0,
                "a tmpfs can be mounted (root)");
    }

    @AfterEach
    void unmount() throws Exception {
        run("umount", mounted.toString());
    }

    @Test
    void anUploadLargerThanTheSpaceLeftIsStorageFullAndLeavesNothingBehind() throws Exception {
        FileStore store = new FileStore(null, mounted, 20L * 1024 * 1024, new LocalBlobs(mounted.resolve("files")));
        byte[] upload = new byte[2 * 1024 * 1024];
        new Random(7).nextBytes(upload);
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, upload, 0, 9);
        long free = Files.getFileStore(mounted).getUsableSpace();

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(upload), "bao-cao.pdf"))
                .isInstanceOf(StorageFullException.class)
                .hasMessageContaining("No space left");

        try (var left = Files.walk(mounted)) {
            assertThat(left.filter(Files::isRegularFile).toList())
                    .as("no half-written file")
                    .isEmpty();
        }
        assertThat(Files.getFileStore(mounted).getUsableSpace())
                .as("the space is free again")
                .isEqualTo(free);
    }
}
