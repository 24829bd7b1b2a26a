package vn.dtihub.documents;

import java.text.Normalizer;

/**
 * Makes an uploaded file's name safe to keep and to send back: no path ({@code ../../etc/passwd} becomes
 * {@code passwd}), no control characters or line breaks, no characters reserved on Windows, no bidi overrides,
 * NFC, and at most 150 characters with the extension kept. The name is only ever shown and sent in a
 * Content-Disposition header, never used as a path: files are stored under generated keys.
 */
public final class FileNames {

    static final int MAX = 150;

    private FileNames() {}

    public static String safe(String name) {
        String n = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        n = n.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = n.replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]", "");
        n = n.replaceAll("[<>:\"|?*]", "_");
        n = n.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (n.isEmpty()) {
            n = "tep";
        }
        if (n.length() > MAX) {
            int dot = n.lastIndexOf('.');
            String extension = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, MAX - extension.length()) + extension;
        }
        return n;
    }

    /** The lower-case extension of a name, without the dot; empty when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
