package vn.dtihub.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.dtihub.shared.DatabaseMode;
import vn.dtihub.shared.DtiHubProperties;

/**
 * The application's database role: it reads and writes the tables, appends to the audit log and nothing more. It is
 * not a superuser (so it cannot {@code SET session_replication_role} to silence the append-only trigger) and owns no
 * table (so it cannot disable a trigger or truncate); the audit log grants it only SELECT and INSERT. On the embedded
 * database the role is made at start; on an external one, name it with {@code DTIHUB_DB_APP_ROLE} and run the
 * migrations as the owner ({@code DTIHUB_DB_MIGRATION_USER}); the README gives the SQL. After every migration the
 * grants are made again, so new tables are covered.
 */
@Component
public class AppRole implements Callback {

    /** The embedded database's application role. */
    public static final String EMBEDDED = "dtihub_app";

    private final String role;

    AppRole(DatabaseMode mode, DtiHubProperties settings) {
        String external = settings.db().appRole();
        this.role = mode.embedded() ? EMBEDDED : (StringUtils.hasText(external) ? external : null);
    }

    /** Creates the embedded database's application role if it is not there yet (trust authentication, localhost). */
    static void create(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + EMBEDDED + "') then"
                    + " create role " + EMBEDDED
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls;"
                    + " end if; end $$");
        }
    }

    @Override
    public boolean supports(Event event, Context context) {
        return role != null && event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (!role.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("dtihub.db.app-role is a plain role name: " + role);
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("grant usage on schema public to " + role);
            s.execute("grant select, insert, update, delete on all tables in schema public to " + role);
            s.execute("revoke update, delete, truncate, references, trigger on audit_event from " + role);
            s.execute("grant usage, select, update on all sequences in schema public to " + role);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application role " + role + " its rights", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "dtihub-app-role-grants";
    }
}
