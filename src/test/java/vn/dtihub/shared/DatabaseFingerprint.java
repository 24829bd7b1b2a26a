package vn.dtihub.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A checksum per table of everything users can change, to prove that a refused or read-only request changed
 * nothing. Leaves out what legitimately moves on every request: the audit log (denials are recorded), sessions,
 * login throttling, and the last-use time of tokens.
 */
public final class DatabaseFingerprint {

    private static final Set<String> SKIPPED_TABLES = Set.of(
            "audit_event", "spring_session", "spring_session_attributes", "login_throttle", "flyway_schema_history");
    private static final Set<String> SKIPPED_COLUMNS = Set.of("last_used_at");

    private DatabaseFingerprint() {}

    public static Map<String, String> of(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE' order by table_name")
                .query(String.class)
                .list();
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : tables) {
            if (SKIPPED_TABLES.contains(table)) {
                continue;
            }
            List<String> columns = jdbc
                    .sql("select column_name from information_schema.columns where table_schema = 'public'"
                            + " and table_name = :t order by ordinal_position")
                    .param("t", table)
                    .query(String.class)
                    .list()
                    .stream()
                    .filter(c -> !SKIPPED_COLUMNS.contains(c))
                    .map(c -> "\"" + c + "\"")
                    .toList();
            String sql = "select md5(coalesce(string_agg(r::text, ',' order by r::text), '')) from (select "
                    + String.join(", ", columns) + " from \"" + table + "\") r";
            sums.put(table, jdbc.sql(sql).query(String.class).single());
        }
        return sums;
    }
}
