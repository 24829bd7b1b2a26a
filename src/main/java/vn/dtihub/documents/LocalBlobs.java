package vn.dtihub.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Stored files in a folder ({@code <data dir>/files}): moved into place atomically, each under its key. */
final class LocalBlobs implements FileBlobs {

    private final Path root;

    LocalBlobs(Path root) {
        this.root = root;
    }

    @Override
    public void put(String key, Path file) throws IOException {
        Path target = root.resolve(key);
        Files.createDirectories(target.getParent());
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(root.resolve(key));
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(root.resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(root.resolve(key));
    }
}
