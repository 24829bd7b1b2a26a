package vn.dtihub.accounts.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.accounts.Role;
import vn.dtihub.shared.Scope;
import vn.dtihub.shared.VietnameseText;

@Repository
public class UserRepository {

    private static final String COLUMNS =
            "id, username, display_name, email, role, unit_id, agency_id, unit_path, active, demo, version, created_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
                .param("id", id)
                .query(UserRepository::map)
                .optional();
    }

    public Optional<UserView> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(username) = lower(:u)")
                .param("u", username)
                .query(UserRepository::map)
                .optional();
    }

    public Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    public boolean exists() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
    }

    /** Active users seated at an agency, or at a unit itself (not in one of its agencies). */
    public List<vn.dtihub.accounts.Recipient> seatedAt(Long agencyId, String unitPath) {
        String where = agencyId != null ? "agency_id = :a" : "agency_id is null and unit_path = :p";
        return recipients(where, agencyId, unitPath);
    }

    /** The active standing-office users whose seat (the unit, or one of its agencies) is at a unit. */
    public List<vn.dtihub.accounts.Recipient> officesAt(String unitPath) {
        return recipients("role = 'STANDING_OFFICE' and unit_path = :p", null, unitPath);
    }

    private List<vn.dtihub.accounts.Recipient> recipients(String where, Long agencyId, String unitPath) {
        return jdbc.sql("select id, username, display_name, email, role from app_user where active and " + where
                        + " order by id")
                .param("a", agencyId)
                .param("p", unitPath)
                .query((rs, n) -> new vn.dtihub.accounts.Recipient(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        vn.dtihub.accounts.Role.valueOf(rs.getString("role"))))
                .list();
    }

    /** The administrator and the demo accounts, with their seats, for the start-up message. */
    public List<String[]> startAccounts() {
        return jdbc.sql("""
                        select username, role, coalesce(display_name, '') from app_user
                        where active and (demo or username = 'admin') order by role = 'ADMIN' desc, id""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
    }

    /** Users within a scope, optionally filtered by a text in username or name (diacritics ignored). */
    public List<UserView> list(Scope scope, String text, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from app_user where true");
        List<Object> params = new ArrayList<>();
        appendScope(scope, sql, params);
        if (text != null && !text.isBlank()) {
            sql.append(" and search_text like ?");
            String folded = VietnameseText.fold(text)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            params.add("%" + folded + "%");
        }
        sql.append(" order by lower(username) offset ? limit ?");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(UserRepository::map)
                .list();
    }

    private static void appendScope(Scope scope, StringBuilder sql, List<Object> params) {
        if (scope.national()) {
            return;
        }
        sql.append(" and ").append(scope.coversSql("unit_path", params));
    }

    public long insert(
            String username,
            String displayName,
            String email,
            Role role,
            Long unitId,
            Long agencyId,
            String unitPath,
            String passwordHash,
            boolean demo) {
        return jdbc.sql("""
                        insert into app_user (username, display_name, search_text, email, role, unit_id, agency_id,
                            unit_path, password_hash, demo)
                        values (:username, :displayName, :search, :email, :role, :unitId, :agencyId, :unitPath, :hash,
                            :demo)
                        returning id""")
                .param("username", username)
                .param("displayName", displayName)
                .param("search", searchText(username, displayName))
                .param("email", email)
                .param("role", role.name())
                .param("unitId", unitId)
                .param("agencyId", agencyId)
                .param("unitPath", unitPath)
                .param("hash", passwordHash)
                .param("demo", demo)
                .query(Long.class)
                .single();
    }

    public boolean update(
            long id,
            int version,
            String displayName,
            String email,
            Role role,
            Long unitId,
            Long agencyId,
            String unitPath,
            boolean active) {
        return jdbc.sql("""
                        update app_user set display_name = :displayName,
                               search_text = username || ' ' || :search, email = :email, role = :role,
                               unit_id = :unitId, agency_id = :agencyId, unit_path = :unitPath, active = :active,
                               version = version + 1, updated_at = now()
                         where id = :id and version = :version""")
                        .param("displayName", displayName)
                        .param("search", VietnameseText.fold(displayName))
                        .param("email", email)
                        .param("role", role.name())
                        .param("unitId", unitId)
                        .param("agencyId", agencyId)
                        .param("unitPath", unitPath)
                        .param("active", active)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void updatePassword(long id, String hash) {
        jdbc.sql("update app_user set password_hash = :h, password_changed_at = now(), version = version + 1,"
                        + " updated_at = now() where id = :id")
                .param("h", hash)
                .param("id", id)
                .update();
    }

    private static String searchText(String username, String displayName) {
        return username + " " + VietnameseText.fold(displayName);
    }

    static UserView map(ResultSet rs, int row) throws SQLException {
        return new UserView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("unit_id", Long.class),
                rs.getObject("agency_id", Long.class),
                rs.getString("unit_path"),
                rs.getBoolean("active"),
                rs.getBoolean("demo"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant());
    }
}
