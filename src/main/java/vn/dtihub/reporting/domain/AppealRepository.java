package vn.dtihub.reporting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AppealRepository {

    private static final String SELECT = """
            select a.*, c.code from appeal a join report_form r on r.id = a.form_id
              join period_criterion c on c.period_id = r.period_id and c.criterion_id = a.criterion_id""";

    private final JdbcClient jdbc;

    AppealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Files an appeal; empty when the criterion already has one open. */
    public Optional<Long> insert(long formId, long criterionId, String reason, String by) {
        return jdbc.sql("""
                        insert into appeal (form_id, criterion_id, reason, created_by) values (:f, :c, :r, :by)
                        on conflict (form_id, criterion_id) where status = 'OPEN' do nothing returning id""")
                .param("f", formId)
                .param("c", criterionId)
                .param("r", reason)
                .param("by", by)
                .query(Long.class)
                .optional();
    }

    public Optional<Appeal> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id)
                .query(AppealRepository::map)
                .optional();
    }

    public List<Appeal> ofForm(long formId) {
        return jdbc.sql(SELECT + " where a.form_id = :f order by a.id desc")
                .param("f", formId)
                .query(AppealRepository::map)
                .list();
    }

    /** Decides an open appeal; false when it was decided meanwhile. */
    public boolean decide(long id, boolean accepted, String answer, String by) {
        return jdbc.sql("""
                                update appeal set status = :s, answer = :a, decided_by = :by, decided_at = now(),
                                    version = version + 1
                                where id = :id and status = 'OPEN'""")
                        .param("s", accepted ? "ACCEPTED" : "REJECTED")
                        .param("a", answer)
                        .param("by", by)
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Appeal map(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Appeal(
                rs.getLong("id"),
                rs.getLong("form_id"),
                rs.getLong("criterion_id"),
                rs.getString("code"),
                rs.getString("reason"),
                rs.getString("status"),
                rs.getString("answer"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant());
    }
}
