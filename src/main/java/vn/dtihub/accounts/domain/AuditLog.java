package vn.dtihub.accounts.domain;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.Scope;
import vn.dtihub.shared.ScopedPrincipal;

/** The append-only audit log: who (and from where) did what to which object, before and after. */
@Component
public class AuditLog implements AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;

    AuditLog(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    @Override
    public void record(AuditRecord record) {
        ScopedPrincipal p = signedIn();
        recordAs(p == null ? null : p.userId(), p == null ? null : p.username(), record);
    }

    private static ScopedPrincipal signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ScopedPrincipal p ? p : null;
    }

    private static final String INSERT = """
            insert into audit_event (actor_id, actor, action, object_type, object_id, scope_path, remote_addr,
                before, after, detail)
            values (:actorId, :actor, :action, :type, :objectId, :scope, :addr,
                cast(:before as jsonb), cast(:after as jsonb), :detail)""";

    @Override
    public void recordAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        ScopedPrincipal p = signedIn();
        Long actorId = p == null ? null : p.userId();
        String actor = p == null ? null : p.username();
        String addr = remoteAddress();
        org.springframework.jdbc.core.namedparam.SqlParameterSource[] batch =
                new org.springframework.jdbc.core.namedparam.SqlParameterSource[records.size()];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(
                    params(actorId, actor, addr, records.get(i)));
        }
        named.batchUpdate(INSERT, batch);
    }

    /** Records on behalf of a named actor, for events before anyone is signed in (a failed login). */
    public void recordAs(Long actorId, String actor, AuditRecord record) {
        jdbc.sql(INSERT).params(params(actorId, actor, remoteAddress(), record)).update();
    }

    private static java.util.Map<String, Object> params(Long actorId, String actor, String addr, AuditRecord record) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("actorId", actorId);
        p.put("actor", actor);
        p.put("action", record.action());
        p.put("type", record.objectType());
        p.put("objectId", record.objectId());
        p.put("scope", record.scopePath());
        p.put("addr", addr);
        p.put("before", record.before() == null ? null : JSON.writeValueAsString(record.before()));
        p.put("after", record.after() == null ? null : JSON.writeValueAsString(record.after()));
        p.put("detail", record.detail());
        return p;
    }

    public List<AuditEntry> read(Scope scope, AuditQuery query) {
        StringBuilder sql = new StringBuilder(
                "select id, at, actor, action, object_type, object_id, scope_path, remote_addr, before::text as before,"
                        + " after::text as after, detail from audit_event where true");
        List<Object> params = new ArrayList<>();
        if (!scope.national()) {
            sql.append(" and ").append(scope.coversSql("scope_path", params));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            sql.append(" and lower(actor) = lower(?)");
            params.add(query.actor().strip());
        }
        if (query.action() != null && !query.action().isBlank()) {
            sql.append(" and action = ?");
            params.add(query.action().strip());
        }
        if (query.from() != null) {
            sql.append(" and at >= ?");
            params.add(java.sql.Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and at < ?");
            params.add(java.sql.Timestamp.from(query.to()));
        }
        sql.append(" order by id desc offset ? limit ?");
        params.add(query.offset());
        params.add(query.limit());
        return jdbc.sql(sql.toString()).params(params).query(AuditLog::map).list();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("scope_path"),
                rs.getString("remote_addr"),
                rs.getString("before"),
                rs.getString("after"),
                rs.getString("detail"));
    }

    static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    public record AuditQuery(String actor, String action, Instant from, Instant to, int offset, int limit) {}

    public record AuditEntry(
            long id,
            Instant at,
            String actor,
            String action,
            String objectType,
            String objectId,
            String scopePath,
            String remoteAddr,
            String before,
            String after,
            String detail) {}
}
