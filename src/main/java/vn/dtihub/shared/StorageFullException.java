package vn.dtihub.shared;

import java.io.IOException;

/** The disk the files are kept on is full: the upload was not kept, and nothing refers to it. */
public class StorageFullException extends RuntimeException {

    public StorageFullException(IOException cause) {
        super("No space left for files", cause);
    }

    /** Whether an I/O failure is the disk being full (ENOSPC, or a quota exceeded). */
    public static boolean isFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null
                    && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }
}
