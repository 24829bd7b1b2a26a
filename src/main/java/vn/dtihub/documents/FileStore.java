package vn.dtihub.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dtihub.shared.DtiHubProperties;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.FileRejectedException;

/**
 * Where uploaded files live: their bytes in {@link FileBlobs} (a folder under the data directory, or an S3-compatible
 * object store), their rows here. A file is checked by its bytes (PDF, PNG, JPEG, or an Office Open XML
 * document whose archive is sane) and by its extension, written to a temporary file, synced, moved into place under
 * a generated key, then recorded; identical content is stored once. If the transaction that records it rolls back,
 * a file it newly wrote is removed, so no row points to a missing file and no orphan file stays behind.
 */
@Component
public class FileStore {

    static final Map<String, List<String>> EXTENSIONS = Map.of(
            "application/pdf", List.of("pdf"),
            "image/png", List.of("png"),
            "image/jpeg", List.of("jpg", "jpeg"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"));

    private final JdbcClient jdbc;
    private final Path root;
    private final FileBlobs blobs;
    private final long maxBytes;

    @org.springframework.beans.factory.annotation.Autowired
    FileStore(JdbcClient jdbc, DtiHubProperties settings) {
        this(
                jdbc,
                settings.dataDir(),
                settings.files().maxBytes(),
                blobs(settings.files(), settings.dataDir().resolve("files").toAbsolutePath()));
    }

    FileStore(JdbcClient jdbc, Path dataDir, long maxBytes, FileBlobs blobs) {
        this.jdbc = jdbc;
        this.root = dataDir.resolve("files").toAbsolutePath();
        this.maxBytes = maxBytes;
        this.blobs = blobs;
    }

    /** The store the configuration names: {@code dtihub.files.store=local} (default) or {@code s3}. */
    static FileBlobs blobs(DtiHubProperties.Files files, Path root) {
        String store = files.store();
        if (store.equals("s3")) {
            DtiHubProperties.S3 s3 = files.s3();
            Map<String, String> required =
                    Map.of("bucket", s3.bucket(), "access-key", s3.accessKey(), "secret-key", s3.secretKey());
            required.forEach((name, value) -> {
                if (value.isBlank()) {
                    throw new IllegalStateException("dtihub.files.store=s3 needs dtihub.files.s3." + name);
                }
            });
            return new S3Blobs(s3.endpoint(), s3.region(), s3.bucket(), s3.accessKey(), s3.secretKey(), s3.pathStyle());
        }
        if (!store.equals("local")) {
            throw new IllegalStateException("dtihub.files.store is local or s3, not " + store);
        }
        return new LocalBlobs(root);
    }

    /** Checks and stores an upload; {@code declaredName} is only used for its extension. */
    public StoredFile store(InputStream input, String declaredName) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long size;
                try (InputStream in = new DigestInputStream(input, digest);
                        OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                    size = copyLimited(in, out);
                }
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                String type = detect(temp);
                String extension = FileNames.extension(FileNames.safe(declaredName));
                if (!EXTENSIONS.get(type).contains(extension)) {
                    throw rejected("phần mở rộng ." + extension + " không khớp nội dung tệp ("
                            + EXTENSIONS.get(type).get(0) + ") / the extension does not match the content");
                }
                String sha = HexFormat.of().formatHex(digest.digest());
                Optional<StoredFile> existing = bySha(sha);
                if (existing.isPresent()) {
                    return existing.get();
                }
                String key = sha.substring(0, 2) + "/" + sha + "." + extension;
                boolean created = !blobs.exists(key);
                blobs.put(key, temp);
                if (created && TransactionSynchronizationManager.isSynchronizationActive()) {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            if (status != STATUS_COMMITTED) {
                                try {
                                    blobs.delete(key);
                                } catch (IOException ignored) {
                                    // A leftover file is harmless: the next upload of the same content reuses it.
                                }
                            }
                        }
                    });
                }
                long id = jdbc.sql("""
                                insert into stored_file (sha256, size_bytes, content_type, extension, storage_key)
                                values (:sha, :size, :type, :ext, :key) returning id""")
                        .param("sha", sha)
                        .param("size", size)
                        .param("type", type)
                        .param("ext", extension)
                        .param("key", key)
                        .query(Long.class)
                        .single();
                return new StoredFile(id, sha, size, type, extension);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            if (vn.dtihub.shared.StorageFullException.isFull(e)) {
                throw new vn.dtihub.shared.StorageFullException(e);
            }
            throw new UncheckedIOException("Could not store the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<StoredFile> find(long id) {
        return jdbc.sql("select id, sha256, size_bytes, content_type, extension from stored_file where id = :id")
                .param("id", id)
                .query((rs, n) ->
                        new StoredFile(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    public InputStream open(StoredFile file) throws IOException {
        String key = jdbc.sql("select storage_key from stored_file where id = :id")
                .param("id", file.id())
                .query(String.class)
                .single();
        return blobs.open(key);
    }

    private Optional<StoredFile> bySha(String sha) {
        return jdbc.sql("select id, sha256, size_bytes, content_type, extension from stored_file where sha256 = :s")
                .param("s", sha)
                .query((rs, n) ->
                        new StoredFile(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    private long copyLimited(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw rejected("tệp lớn hơn " + (maxBytes / 1024 / 1024) + " MB / the file is too large");
            }
            out.write(buffer, 0, n);
        }
        if (total == 0) {
            throw rejected("tệp trống / the file is empty");
        }
        return total;
    }

    /** The content type read from the bytes; anything else is refused (HTML, scripts, executables, archives). */
    static String detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            notMarkup(file);
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
                if (pdf.getNumberOfPages() < 1) {
                    throw rejected("tệp PDF không có trang nào / the PDF has no page");
                }
            } catch (IOException e) {
                throw rejected("tệp không phải PDF đọc được / not a readable PDF");
            }
            return "application/pdf";
        }
        if (read >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            image(file);
            return "image/png";
        }
        if (read >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            image(file);
            return "image/jpeg";
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return office(file);
        }
        throw rejected(
                "chỉ nhận PDF, ảnh PNG/JPEG, tài liệu Word, Excel, PowerPoint / only PDF, PNG, JPEG and Office documents");
    }

    /**
     * A file whose first kilobyte reads as HTML or script is refused whatever it claims to be: a PDF/HTML polyglot
     * would run as a page in a browser that sniffs it.
     */
    private static void notMarkup(Path file) throws IOException {
        byte[] start = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, start.length);
        }
        String text = new String(start, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        for (String tag : List.of("<html", "<script", "<!doctype", "<body", "<svg", "<iframe")) {
            if (text.contains(tag)) {
                throw rejected("tệp chứa mã HTML/script / the file carries HTML or script");
            }
        }
    }

    /** An image that decodes, at most 40 megapixels (a decompression bomb is refused before it is decoded). */
    private static void image(Path file) throws IOException {
        notMarkup(file);
        try (var in = javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
            var readers = in == null ? null : javax.imageio.ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw rejected("ảnh không đọc được / the image does not decode");
            }
            var reader = readers.next();
            try {
                reader.setInput(in);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > 40_000_000L) {
                    throw rejected("ảnh quá lớn (quá 40 triệu điểm ảnh) / the image is too large");
                }
                reader.read(0);
            } catch (IOException | RuntimeException e) {
                if (e instanceof vn.dtihub.shared.FileRejectedException r) {
                    throw r;
                }
                throw rejected("ảnh không đọc được / the image does not decode");
            } finally {
                reader.dispose();
            }
        }
    }

    private static String office(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > 2_000) {
                throw rejected("tệp nén có quá nhiều mục / too many archive entries");
            }
            long expanded = 0;
            boolean types = false;
            String kind = null;
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                expanded += Math.max(0, e.getSize());
                if (e.getSize() > Workbooks.MAX_ENTRY_BYTES || expanded > 4 * Workbooks.MAX_ENTRY_BYTES) {
                    throw rejected("tệp nén bất thường (zip bomb) / the file expands suspiciously");
                }
                String name = e.getName();
                types |= name.equals("[Content_Types].xml");
                if (name.startsWith("word/")) {
                    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                } else if (name.startsWith("xl/")) {
                    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                } else if (name.startsWith("ppt/")) {
                    kind = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                }
            }
            if (!types || kind == null) {
                throw rejected("tệp nén không phải tài liệu Office / an archive that is not an Office document");
            }
            return kind;
        } catch (java.util.zip.ZipException e) {
            throw rejected("tệp hỏng / a damaged file");
        }
    }

    private static FileRejectedException rejected(String message) {
        return new FileRejectedException(List.of(new FileProblem(null, null, message)));
    }
}
