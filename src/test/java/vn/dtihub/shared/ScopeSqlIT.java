package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reading rule is written once and read twice, in Java ({@link Scope#reads}) and in SQL ({@link Scope#readsSql}):
 * the two must answer alike for every kind of caller and owner, on the real database.
 */
class ScopeSqlIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private record Caller(String name, Scope scope, String seatPath) {}

    @Test
    void javaAndSqlReadTheSameOwners() {
        List<Caller> callers = List.of(
                new Caller("national", Scope.everything(), null),
                new Caller(
                        "province office",
                        new Scope(false, List.of("current/38/", "pre2025/38/"), true, null),
                        "current/38/"),
                new Caller(
                        "commune reporter",
                        new Scope(false, List.of("current/38/16645/"), false, null),
                        "current/38/16645/"),
                new Caller("agency reporter", new Scope(false, List.of(), false, 7L), "pre2025/38/407/"),
                new Caller("no seat", new Scope(false, List.of(), true, null), null));
        List<String> owners = List.of(
                "current/38/",
                "current/38/16645/",
                "current/38/16648/",
                "pre2025/38/",
                "pre2025/38/407/",
                "pre2025/38/407/16642/",
                "current/380/",
                "current/51/");
        int compared = 0;
        for (Caller c : callers) {
            for (String owner : owners) {
                List<Object> params = new ArrayList<>();
                String condition = c.scope().readsSql("v.owner_path", c.seatPath(), params);
                params.add(owner); // the values row comes after the condition in the statement
                Boolean sql = jdbc.queryForObject(
                        "select " + condition + " from (values (cast(? as text))) v(owner_path)",
                        Boolean.class,
                        params.toArray());
                assertThat(sql)
                        .as("%s reading what %s owns", c.name(), owner)
                        .isEqualTo(c.scope().reads(owner, c.seatPath()));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(40);
        assertThat(Scope.everything().coversSql("x", new ArrayList<>())).isEqualTo("(true)");
    }
}
