package vn.dtihub.reporting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.shared.Scope;

/** The SQL of reporting periods: opening (with the framework facts a period keeps), the periods around one, closing and publishing. */
@Repository
public class PeriodRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PeriodRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static final String PERIOD = """
            select p.*, (select count(*) from report_form r where r.period_id = p.id) as form_count
            from reporting_period p""";

    public record NewPeriod(
            long frameworkId,
            Long scopeUnitId,
            String scopePath,
            PeriodKind kind,
            String title,
            LocalDate coversFrom,
            LocalDate coversTo,
            LocalDate dueCommune,
            LocalDate dueDistrict,
            LocalDate dueProvince,
            String openedBy,
            vn.dtihub.units.Structure structure,
            String frameworkName,
            List<vn.dtihub.frameworks.Criterion> criteria) {}

    /** Opens a period, keeping its framework's name and criterion codes (a published framework does not change). */
    public long insertPeriod(NewPeriod p) {
        long id = jdbc.sql("""
                        insert into reporting_period (framework_id, scope_unit_id, scope_path, kind, title, covers_from,
                            covers_to, due_commune, due_district, due_province, opened_by, structure, framework_name)
                        values (:f, :u, :path, :k, :t, :from, :to, :dc, :dd, :dp, :by, :structure, :name)
                        returning id""")
                .param("f", p.frameworkId())
                .param("u", p.scopeUnitId())
                .param("path", p.scopePath())
                .param("k", p.kind().name())
                .param("t", p.title())
                .param("from", p.coversFrom())
                .param("to", p.coversTo())
                .param("dc", p.dueCommune())
                .param("dd", p.dueDistrict())
                .param("dp", p.dueProvince())
                .param("by", p.openedBy())
                .param("structure", p.structure().name())
                .param("name", p.frameworkName())
                .query(Long.class)
                .single();
        template.update(
                "insert into period_criterion (period_id, criterion_id, code)"
                        + " select ?, * from unnest(?::bigint[], ?::text[])",
                ps -> {
                    ps.setLong(1, id);
                    ps.setArray(
                            2,
                            FormRepository.array(
                                    ps.getConnection(),
                                    "bigint",
                                    p.criteria().stream().map(c -> c.id()).toArray()));
                    ps.setArray(
                            3,
                            FormRepository.array(
                                    ps.getConnection(),
                                    "text",
                                    p.criteria().stream().map(c -> c.code()).toArray()));
                });
        return id;
    }

    public Optional<PeriodSummary> period(long id) {
        return jdbc.sql(PERIOD + " where p.id = :id")
                .param("id", id)
                .query(PeriodRepository::period)
                .optional();
    }

    /** The latest earlier period of the same kind over the same scope: what a period's results compare with. */
    public Optional<PeriodSummary> previous(PeriodSummary p) {
        return jdbc.sql(PERIOD + " " + """
                         where p.kind = :kind and p.scope_path = :scope and p.structure = :structure
                           and p.covers_to < :from and p.id <> :id
                         order by p.covers_to desc limit 1""")
                .param("kind", p.kind().name())
                .param("structure", p.structure().name())
                .param("scope", p.scopePath())
                .param("from", p.coversFrom())
                .param("id", p.id())
                .query(PeriodRepository::period)
                .optional();
    }

    /** The period of the same kind over the same scope a year earlier (the same quarter of last year, last year). */
    public Optional<PeriodSummary> sameLastYear(PeriodSummary p) {
        return jdbc.sql(PERIOD + " " + """
                         where p.kind = :kind and p.scope_path = :scope and p.structure = :structure
                           and p.covers_to = :to and p.id <> :id
                         order by p.id desc limit 1""")
                .param("kind", p.kind().name())
                .param("structure", p.structure().name())
                .param("scope", p.scopePath())
                .param("to", p.coversTo().minusYears(1))
                .param("id", p.id())
                .query(PeriodRepository::period)
                .optional();
    }

    /** Periods of the same kind, framework, structure and end as a period, the national ones first. */
    public List<PeriodSummary> sameYear(PeriodSummary p) {
        return jdbc.sql(PERIOD + " " + """
                         where p.kind = :kind and p.framework_id = :framework and p.structure = :structure
                           and p.covers_to = :to
                         order by p.scope_unit_id is not null, p.id desc""")
                .param("kind", p.kind().name())
                .param("framework", p.frameworkId())
                .param("structure", p.structure().name())
                .param("to", p.coversTo())
                .query(PeriodRepository::period)
                .list();
    }

    /** Periods over a unit the scope covers, or over a unit above the caller's seat (it reports in them). */
    public List<PeriodSummary> periodsVisible(Scope scope, String seatPath) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(PERIOD + " where (" + scope.readsSql("p.scope_path", seatPath, params));
        // A period over a unit above one the caller's unit was formed from: it reports in it for that unit.
        for (String root : scope.unitPaths()) {
            sql.append(" or ? like p.scope_path || '%'");
            params.add(root);
        }
        sql.append(") order by p.covers_to desc, p.id desc limit 500");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(PeriodRepository::period)
                .list();
    }

    public boolean closePeriod(long id, int version) {
        return jdbc.sql("update reporting_period set status = 'CLOSED', closed_at = now(), version = version + 1"
                                + " where id = :id and version = :v and status = 'OPEN'")
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    private static PeriodSummary period(ResultSet rs, int n) throws SQLException {
        return new PeriodSummary(
                rs.getLong("id"),
                rs.getLong("framework_id"),
                rs.getString("framework_name"),
                rs.getObject("scope_unit_id", Long.class),
                rs.getString("scope_path"),
                PeriodKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getObject("covers_from", LocalDate.class),
                rs.getObject("covers_to", LocalDate.class),
                rs.getObject("due_commune", LocalDate.class),
                rs.getObject("due_district", LocalDate.class),
                rs.getObject("due_province", LocalDate.class),
                "OPEN".equals(rs.getString("status")),
                rs.getInt("form_count"),
                rs.getInt("version"),
                instant(rs, "published_at"),
                instant(rs, "appeal_until"),
                vn.dtihub.units.Structure.valueOf(rs.getString("structure")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Publishes a period's appraised results once, opening the appeal window for so many days. */
    public boolean publish(long id, int version, int appealDays) {
        return jdbc.sql("""
                                update reporting_period set published_at = now(),
                                    appeal_until = now() + make_interval(days => :d), version = version + 1
                                where id = :id and version = :v and published_at is null""")
                        .param("id", id)
                        .param("v", version)
                        .param("d", appealDays)
                        .update()
                == 1;
    }
}
