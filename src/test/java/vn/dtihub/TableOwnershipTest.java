package vn.dtihub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module reads and writes only its own tables: a table belongs to the module whose migration folder
 * ({@code db/migration/<module>/}) creates it, and no SQL in another module's main code names it. What a module needs
 * from another comes through that module's facade, or is copied when written. The check reads the sources, since SQL
 * lives in string literals that compiled classes (and so ArchUnit) no longer tell apart from other strings.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/vn/dtihub");

    /**
     * Tables created by the scripts of {@code shared/}, written before the folders were split and touching more than
     * one module's tables: their owners by name.
     */
    private static final Map<String, String> SHARED_SCRIPTS_OWNERS =
            Map.of("stored_file", "documents", "plan_task_file", "plans", "event_publication", "shared");

    /** The one class that reads every table, by design: the backup copies the whole database and checks it back. */
    private static final List<String> READS_EVERY_TABLE = List.of("shared/db/Backup.java");

    private static final Pattern CREATE = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");
    private static final Pattern STRING =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    @Test
    void everyMigrationLiesInTheFolderOfAModule() throws IOException {
        List<String> misplaced = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                Path folder = MIGRATIONS.relativize(f).getParent();
                if (folder == null
                        || folder.getNameCount() != 1
                        || !Files.isDirectory(SOURCES.resolve(folder.toString()))) {
                    misplaced.add(MIGRATIONS.relativize(f).toString());
                }
            });
        }
        assertThat(misplaced).as("migrations outside a module's folder").isEmpty();
    }

    @Test
    void noModuleNamesAnotherModulesTableInItsSql() throws IOException {
        Map<String, String> owners = owners();
        assertThat(owners).containsEntry("admin_unit", "units").containsEntry("reported_value", "reporting");
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = SOURCES.relativize(f).toString().replace('\\', '/');
                if (relative.indexOf('/') < 0 || READS_EVERY_TABLE.contains(relative)) {
                    continue;
                }
                trespasses.addAll(trespasses(relative, Files.readString(f), owners));
            }
        }
        assertThat(trespasses).as("SQL naming another module's table").isEmpty();
    }

    @Test
    void theCheckFindsATrespassAndLeavesOwnTablesAlone() {
        Map<String, String> owners =
                Map.of("framework", "frameworks", "reporting_period", "reporting", "form_event", "reporting");
        String source = """
                class Periods {
                    String q = \"""
                            select p.* from reporting_period p
                              join framework f on f.id = p.framework_id\""";
                    String r = "insert into form_event (form_id) values (1)"; // framework stays prose here
                }""";
        assertThat(trespasses("reporting/Periods.java", source, owners))
                .containsExactly("reporting/Periods.java names frameworks's table framework");
    }

    /** What one source file of a module names of other modules' tables in its SQL. */
    static List<String> trespasses(String relative, String source, Map<String, String> owners) {
        String module = relative.substring(0, relative.indexOf('/'));
        String sql = strings(source).toLowerCase();
        List<String> out = new ArrayList<>();
        owners.forEach((table, owner) -> {
            if (!owner.equals(module)
                    && Pattern.compile("\\b(from|join|into|update|table|copy)\\s+" + table + "\\b")
                            .matcher(sql)
                            .find()) {
                out.add(relative + " names " + owner + "'s table " + table);
            }
        });
        return out;
    }

    /** Every table a migration creates, with the module whose folder creates it. */
    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                String module = MIGRATIONS.relativize(f).getName(0).toString();
                Matcher m = CREATE.matcher(Files.readString(f));
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    owners.put(table, module.equals("shared") ? SHARED_SCRIPTS_OWNERS.get(table) : module);
                }
            }
        }
        assertThat(owners.values()).as("an owner for every table of shared/").doesNotContainNull();
        return owners;
    }

    /** The text of a source's string literals and text blocks, where its SQL lives. */
    private static String strings(String source) {
        StringBuilder out = new StringBuilder();
        Matcher m = STRING.matcher(source);
        while (m.find()) {
            out.append(m.group(1) != null ? m.group(1) : m.group(2)).append('\n');
        }
        return out.toString();
    }
}
