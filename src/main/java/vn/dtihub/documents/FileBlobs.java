package vn.dtihub.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of stored files live, under the keys {@link FileStore} gives them: a folder of the data directory
 * ({@link LocalBlobs}, the default) or an S3-compatible object store ({@link S3Blobs}, {@code dtihub.files.store=s3}).
 * Checking, hashing, size limits and download rules stay in FileStore, the same for both.
 */
public interface FileBlobs {

    /** Stores a checked, synced temporary file under a key; the temporary file may be moved or left to delete. */
    void put(String key, Path file) throws IOException;

    boolean exists(String key) throws IOException;

    InputStream open(String key) throws IOException;

    /** Removes the bytes of a key (a file whose row was rolled back); absent is fine. */
    void delete(String key) throws IOException;
}
