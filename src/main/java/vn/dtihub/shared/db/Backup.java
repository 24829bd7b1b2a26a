package vn.dtihub.shared.db;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup of the whole product as one zip, taken while it runs, and its restore into an empty database and data
 * folder. The database part is one snapshot (a repeatable-read, read-only transaction: every table as of the same
 * instant) written with COPY, so no {@code pg_dump} of the server's exact major version is needed; the files are those
 * the snapshot's {@code stored_file} rows name, each checked against its SHA-256. The manifest holds each table's row
 * count and checksum as of the snapshot, and the restore checks them.
 */
public final class Backup {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String MANIFEST = "manifest.json";

    /** What a backup holds: schema version, when, each table's rows and checksum, each file's hash. */
    public record Manifest(
            String schemaVersion,
            Instant takenAt,
            Map<String, Long> rows,
            Map<String, String> checksums,
            Map<String, String> files) {}

    private Backup() {}

    /**
     * Writes a consistent backup of the database and its files (none when {@code filesRoot} is null: they are in an
     * object store) to {@code out}; the manifest it wrote.
     */
    public static Manifest write(Connection connection, Path filesRoot, OutputStream out)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("set transaction isolation level repeatable read, read only");
            List<String> tables = tables(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, String> checksums = new LinkedHashMap<>();
            Map<String, String> files = new LinkedHashMap<>();
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (String table : tables) {
                rows.put(table, count(s, table));
                checksums.put(table, checksum(s, table));
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                copy.copyOut("copy \"" + table + "\" to stdout", new KeepOpen(zip));
                zip.closeEntry();
            }
            // With the files in an object store (filesRoot null) the store keeps them: the backup is the database's.
            try (ResultSet rs = s.executeQuery("select storage_key, sha256 from stored_file"
                    + (filesRoot == null ? " where false" : "") + " order by id")) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    String sha = rs.getString(2);
                    zip.putNextEntry(new ZipEntry("files/" + key));
                    try (InputStream in = Files.newInputStream(filesRoot.resolve(key))) {
                        String actual = copyHashing(in, zip);
                        if (!actual.equals(sha)) {
                            throw new IOException("File " + key + " does not match its SHA-256: the store is damaged");
                        }
                    }
                    zip.closeEntry();
                    files.put(key, sha);
                }
            }
            Manifest manifest = new Manifest(schemaVersion(s), Instant.now(), rows, checksums, files);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            connection.commit();
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Restores a backup into a database whose schema is at the backup's version and holds no rows yet (a fresh
     * install migrated to it), and its files into an empty folder: all tables in one transaction, the sequences set
     * past the restored ids, then every table's rows and checksum and every file's hash checked against the manifest.
     * A mismatch rolls the database back and says which table or file.
     */
    public static Manifest restore(Connection connection, Path filesRoot, InputStream in, Migrator migrator)
            throws SQLException, IOException {
        Path staging = Files.createTempDirectory("dtihub-restore-");
        try {
            Manifest manifest = unpack(in, staging);
            if (!tables(connection).isEmpty()) {
                throw new IOException("The database already has tables: a backup is restored into an empty database");
            }
            try (var existing = Files.list(Files.createDirectories(filesRoot))) {
                if (existing.findAny().isPresent()) {
                    throw new IOException(
                            "The folder " + filesRoot + " is not empty: restore into an empty data folder");
                }
            }
            migrator.migrateTo(manifest.schemaVersion());
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                List<String> tables = tables(connection);
                if (!tables.containsAll(manifest.rows().keySet())) {
                    throw new IOException("The backup has tables this database lacks: not the same schema");
                }
                // What the migrations themselves inserted (and their history) makes way for the backup's rows.
                List<String> filled = new ArrayList<>();
                for (String table : tables) {
                    if (count(s, table) > 0) {
                        filled.add("\"" + table + "\"");
                    }
                }
                if (!filled.isEmpty()) {
                    s.execute("truncate " + String.join(", ", filled) + " cascade");
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                // Foreign keys are checked at the end of each COPY; tables go parents first.
                for (String table :
                        ordered(connection, new ArrayList<>(manifest.rows().keySet()))) {
                    try (InputStream data = Files.newInputStream(staging.resolve("tables/" + table + ".copy"))) {
                        copy.copyIn("copy \"" + table + "\" from stdin", data);
                    }
                }
                resetSequences(s);
                for (String table : manifest.rows().keySet()) {
                    long count = count(s, table);
                    String sum = checksum(s, table);
                    if (count != manifest.rows().get(table)
                            || !sum.equals(manifest.checksums().get(table))) {
                        throw new IOException("Table " + table + " restored with " + count + " rows / checksum " + sum
                                + ", the backup has " + manifest.rows().get(table) + " / "
                                + manifest.checksums().get(table));
                    }
                }
                for (Map.Entry<String, String> file : manifest.files().entrySet()) {
                    Path target = filesRoot.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    try (InputStream data = Files.newInputStream(staging.resolve("files/" + file.getKey()));
                            OutputStream out = Files.newOutputStream(target)) {
                        if (!copyHashing(data, out).equals(file.getValue())) {
                            throw new IOException("File " + file.getKey() + " does not match its SHA-256");
                        }
                    }
                }
                connection.commit();
                return manifest;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(staging);
        }
    }

    /** Brings an empty database's schema to a version (Flyway, with the product's migrations). */
    @FunctionalInterface
    public interface Migrator {
        void migrateTo(String version);
    }

    private static Manifest unpack(InputStream in, Path staging) throws IOException {
        Manifest manifest = null;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = staging.resolve(e.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Entry " + e.getName() + " points outside the backup");
                }
                if (e.getName().equals(MANIFEST)) {
                    manifest = JSON.readValue(zip.readAllBytes(), Manifest.class);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        if (manifest == null) {
            throw new IOException("Not a DTI Hub backup: no " + MANIFEST);
        }
        return manifest;
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema ="
                        + " 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The tables, each after those its foreign keys point to (a table referring to itself is fine in one COPY). */
    private static List<String> ordered(Connection connection, List<String> tables) throws SQLException {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        tables.forEach(t -> parents.put(t, new ArrayList<>()));
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
                         where c.contype = 'f' and c.connamespace = 'public'::regnamespace""")) {
            while (rs.next()) {
                String child = rs.getString(1).replace("\"", "");
                String parent = rs.getString(2).replace("\"", "");
                if (parents.containsKey(child) && !child.equals(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        List<String> out = new ArrayList<>();
        while (out.size() < tables.size()) {
            boolean progress = false;
            for (String t : tables) {
                if (!out.contains(t)
                        && out.containsAll(parents.get(t).stream()
                                .filter(parents::containsKey)
                                .toList())) {
                    out.add(t);
                    progress = true;
                }
            }
            if (!progress) {
                throw new SQLException("Foreign keys form a cycle between tables: " + parents);
            }
        }
        return out;
    }

    private static void resetSequences(Statement s) throws SQLException {
        List<String[]> owned = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                select seq.relname, tab.relname, att.attname from pg_class seq
                  join pg_depend d on d.objid = seq.oid and d.deptype in ('a', 'i')
                  join pg_class tab on tab.oid = d.refobjid
                  join pg_attribute att on att.attrelid = tab.oid and att.attnum = d.refobjsubid
                 where seq.relkind = 'S' and seq.relnamespace = 'public'::regnamespace""")) {
            while (rs.next()) {
                owned.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        for (String[] o : owned) {
            s.execute("select setval('\"" + o[0] + "\"', coalesce((select max(\"" + o[2] + "\") from \"" + o[1]
                    + "\"), 0) + 1, false)");
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The md5 of the table's rows as text, in order: equal rows give equal checksums on any instance. */
    static String checksum(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery(
                "select md5(coalesce(string_agg(r::text, ',' order by r::text), '')) from \"" + table + "\" r")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String schemaVersion(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select version from flyway_schema_history where success and version is"
                + " not null order by installed_rank desc limit 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String copyHashing(InputStream in, OutputStream out) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream hashed = new DigestInputStream(new NotClosing(in), digest)) {
                hashed.transferTo(out);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the manifest of a backup file without restoring it. */
    public static Manifest manifest(InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(MANIFEST)) {
                    return JSON.readValue(zip.readAllBytes(), Manifest.class);
                }
            }
        }
        throw new IOException("Not a DTI Hub backup: no " + MANIFEST);
    }

    /** COPY closes the stream it writes to; the zip must stay open for the next entry. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class NotClosing extends java.io.FilterInputStream {
        NotClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes its own stream
        }
    }
}
