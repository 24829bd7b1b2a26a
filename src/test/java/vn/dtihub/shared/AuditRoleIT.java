package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dtihub.shared.db.AppRole;

/**
 * The application's own database role cannot rewrite the audit log by any means: not a superuser, owner of nothing,
 * only SELECT and INSERT on the log.
 */
class AuditRoleIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicationsRoleCanAppendToTheAuditLogButNeverChangeIt() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(AppRole.EMBEDDED);
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        long before =
                jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        assertThat(before).isPositive();
        List<String> passed = new ArrayList<>();
        for (String attack : List.of(
                "update audit_event set action = 'NOTHING_HAPPENED'",
                "delete from audit_event",
                "truncate audit_event",
                "set session_replication_role = replica",
                "alter table audit_event disable trigger all",
                "drop trigger audit_event_no_update on audit_event",
                "create or replace function audit_event_is_append_only() returns trigger language plpgsql as"
                        + " $$ begin return new; end $$",
                "alter table audit_event owner to dtihub_app")) {
            try {
                jdbc.sql(attack).update();
                passed.add(attack);
            } catch (Exception refused) {
                // refused, as it must be
            }
        }
        assertThat(passed)
                .as("statements the application's role could run on the audit log")
                .isEmpty();
        jdbc.sql("grant update on audit_event to dtihub_app").update();
        assertThat(jdbc.sql("select has_table_privilege('audit_event', 'UPDATE')")
                        .query(Boolean.class)
                        .single())
                .as("a grant to itself gives nothing: it owns no table")
                .isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'NOTHING_HAPPENED'")
                        .query(Long.class)
                        .single())
                .isZero();
        jdbc.sql("insert into audit_event (actor, action) values ('test', 'AUDIT_ROLE_CHECKED')")
                .update();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'AUDIT_ROLE_CHECKED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event")
                        .query(Long.class)
                        .single())
                .isGreaterThan(before);
    }
}
