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

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditRecord record) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Long actorId = null;
        String actor = null;
        if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal p) {
            actorId = p.userId();
            actor = p.username();
        }
        recordAs(actorId, actor, record);
    }

    /** Records on behalf of a named actor, for events before anyone is signed in (a failed login). */
    public void recordAs(Long actorId, String actor, AuditRecord record) {
        jdbc.sql("""
                        insert into audit_event (actor_id, actor, action, object_type, object_id, scope_path, remote_addr,
                            before, after, detail)
                        values (:actorId, :actor, :action, :type, :objectId, :scope, :addr,
                            cast(:before as jsonb), cast(:after as jsonb), :detail)""")
                .param("actorId", actorId)
                .param("actor", actor)
                .param("action", record.action())
                .param("type", record.objectType())
                .param("objectId", record.objectId())
                .param("scope", record.scopePath())
                .param("addr", remoteAddress())
                .param("before", record.before() == null ? null : JSON.writeValueAsString(record.before()))
                .param("after", record.after() == null ? null : JSON.writeValueAsString(record.after()))
                .param("detail", record.detail())
                .update();
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
