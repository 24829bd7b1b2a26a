package vn.dtihub.scoring.domain;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.scoring.ScoreRun;
import vn.dtihub.scoring.UnitResult;

/** Score runs and their rows; plain SQL, rows written in bulk (a nationwide run is some 370,000 criterion rows). */
@Repository
public class ScoreRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ScoreRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<ScoreRun> current(long periodId) {
        return jdbc.sql("select * from score_run where period_id = :p and is_current")
                .param("p", periodId)
                .query(ScoreRepository::run)
                .optional();
    }

    public Optional<ScoreRun> run(long id) {
        return jdbc.sql("select * from score_run where id = :id")
                .param("id", id)
                .query(ScoreRepository::run)
                .optional();
    }

    public List<ScoreRun> runs(long periodId) {
        return jdbc.sql("select * from score_run where period_id = :p order by version desc")
                .param("p", periodId)
                .query(ScoreRepository::run)
                .list();
    }

    /** A new run, its rows, and the switch that makes it current: all in the caller's transaction. */
    public ScoreRun insert(
            long periodId,
            long frameworkId,
            String fingerprint,
            boolean provisional,
            String reason,
            List<ScoringEngine.UnitScore> scores,
            Map<String, Long> unitIds,
            Map<String, String> unitNames,
            Map<String, String> viewNames) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from score_run where period_id = :p")
                .param("p", periodId)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        insert into score_run (period_id, framework_id, version, fingerprint, provisional, reason,
                            unit_count)
                        values (:p, :f, :v, :fp, :prov, :reason, :n) returning id""")
                .param("p", periodId)
                .param("f", frameworkId)
                .param("v", version)
                .param("fp", fingerprint)
                .param("prov", provisional)
                .param("reason", reason)
                .param("n", scores.size())
                .query(Long.class)
                .single();
        writeUnits(id, scores, unitIds, unitNames, viewNames);
        writeCriteria(id, scores, unitIds);
        jdbc.sql("update score_run set is_current = false where period_id = :p and is_current")
                .param("p", periodId)
                .update();
        jdbc.sql("update score_run set is_current = true where id = :id")
                .param("id", id)
                .update();
        return run(id).orElseThrow();
    }

    /** A run's unit rows (a unit per view: 13,420 for the country) through COPY. */
    private void writeUnits(
            long runId,
            List<ScoringEngine.UnitScore> scores,
            Map<String, Long> unitIds,
            Map<String, String> unitNames,
            Map<String, String> viewNames) {
        StringBuilder rows = new StringBuilder(scores.size() * 4 * 120);
        for (ScoringEngine.UnitScore s : scores) {
            for (ScoringEngine.ViewScore v : s.views()) {
                rows.append(runId).append('\t').append(unitIds.get(s.unit())).append('\t');
                text(rows, s.unit()).append('\t');
                text(rows, unitNames.get(s.unit())).append('\t');
                text(rows, s.peerGroup()).append('\t');
                rows.append(s.enoughData()).append('\t');
                text(rows, s.flaggedMissing().isEmpty() ? null : String.join(", ", s.flaggedMissing()))
                        .append('\t');
                text(rows, v.code()).append('\t');
                text(rows, viewNames.getOrDefault(v.code(), v.code())).append('\t');
                rows.append(v.overall()).append('\t');
                rows.append(v.points().toPlainString()).append('\t');
                rows.append(v.max().toPlainString()).append('\t');
                rows.append(v.index() == null ? "\\N" : v.index().toPlainString())
                        .append('\t');
                rows.append(v.rank() == null ? "\\N" : v.rank().toString()).append('\t');
                rows.append(v.peers()).append('\n');
            }
        }
        copy(
                "copy unit_score (run_id, unit_id, unit_path, unit_name, peer_group, enough_data, flagged, view_code,"
                        + " view_name, overall, points, max_points, index_value, rank, peers) from stdin",
                rows);
    }

    /** A text in COPY's text format: \N when missing, the backslash and the separators escaped. */
    static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out;
    }

    /** Rows in COPY's text format into a table, in the caller's transaction. */
    private void copy(String sql, CharSequence rows) {
        template.execute((Connection c) -> {
            try {
                return c.unwrap(org.postgresql.PGConnection.class)
                        .getCopyAPI()
                        .copyIn(sql, new java.io.StringReader(rows.toString()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * A run's criterion scores through COPY, PostgreSQL's bulk path, one row per unit with its criteria in arrays (a
     * nationwide run is 3,355 rows of 110 criteria), in the caller's transaction all the same.
     */
    private void writeCriteria(long runId, List<ScoringEngine.UnitScore> scores, Map<String, Long> unitIds) {
        StringBuilder rows = new StringBuilder(scores.size() * 64 * 110);
        for (ScoringEngine.UnitScore s : scores) {
            rows.append(runId).append('\t').append(unitIds.get(s.unit())).append('\t');
            array(rows, s.criteria(), c -> rows.append(c.criterionId()));
            rows.append('\t');
            array(
                    rows,
                    s.criteria(),
                    c -> rows.append(c.points().stripTrailingZeros().toPlainString()));
            rows.append('\t');
            array(
                    rows,
                    s.criteria(),
                    c -> rows.append(c.max().stripTrailingZeros().toPlainString()));
            rows.append('\t');
            // The bases are Java names (letters and underscores): nothing to quote in an array literal.
            array(rows, s.criteria(), c -> rows.append(c.basis().name()));
            rows.append('\n');
        }
        copy("copy unit_criterion_score (run_id, unit_id, criterion_ids, points, max_points, bases) from stdin", rows);
    }

    /** Appends a PostgreSQL array literal, {a,b,c}, of one field of each criterion. */
    private static void array(
            StringBuilder out,
            List<ScoringEngine.CriterionScore> criteria,
            java.util.function.Consumer<ScoringEngine.CriterionScore> field) {
        out.append('{');
        for (int i = 0; i < criteria.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field.accept(criteria.get(i));
        }
        out.append('}');
    }

    /** The periods whose current run scores a unit, the latest computed first. */
    public List<Long> periodsScoring(long unitId) {
        return jdbc.sql("""
                        select r.period_id from score_run r
                        where r.is_current and exists (select 1 from unit_score s where s.run_id = r.id and s.unit_id = :u)
                        order by r.computed_at desc""").param("u", unitId).query(Long.class).list();
    }

    /** The mean overall index of a run's units under some paths (all when none is given); null when none has one. */
    public BigDecimal meanIndex(long runId, List<String> likePatterns) {
        StringBuilder sql = new StringBuilder("select avg(index_value) from unit_score where run_id = ? and overall");
        List<Object> params = new ArrayList<>(List.of(runId));
        underPaths(sql, params, "unit_path", likePatterns);
        return template.queryForObject(sql.toString(), BigDecimal.class, params.toArray());
    }

    /**
     * Narrows a query to the units under some paths: " and (column like ? or …)", the patterns added to the
     * parameters (one LIKE each, so the path index serves them); nothing when they are null (every unit).
     */
    private static void underPaths(StringBuilder sql, List<Object> params, String column, List<String> likePatterns) {
        if (likePatterns == null) {
            return;
        }
        sql.append(" and (false");
        for (String p : likePatterns) {
            sql.append(" or ").append(column).append(" like ?");
            params.add(p);
        }
        sql.append(")");
    }

    /** Makes a run public; false when it already was. */
    public boolean publish(long runId, String by) {
        return jdbc.sql("update score_run set published_at = now(), published_by = :by where id = :id"
                                + " and published_at is null")
                        .param("by", by)
                        .param("id", runId)
                        .update()
                == 1;
    }

    /** The latest published run of each period, the most recently published first. */
    public List<ScoreRun> published() {
        return jdbc.sql("""
                        select * from (select distinct on (period_id) * from score_run where published_at is not null
                                       order by period_id, published_at desc) r
                        order by published_at desc""").query(ScoreRepository::run).list();
    }

    public Optional<ScoreRun> published(long periodId) {
        return jdbc.sql("""
                        select * from score_run where period_id = :p and published_at is not null
                        order by published_at desc limit 1""").param("p", periodId).query(ScoreRepository::run).optional();
    }

    /**
     * The units of a run under some paths (all when none is given), each with its views, the overall first, and the
     * change of each rank since a previous run (none when it is null), read in the same query.
     */
    public List<UnitResult> units(long runId, List<String> likePatterns, Long previousRunId) {
        StringBuilder sql = new StringBuilder("select s.*, p.rank as previous_rank from unit_score s"
                + " left join unit_score p on p.run_id = cast(? as bigint) and p.unit_id = s.unit_id"
                + " and p.view_code = s.view_code where s.run_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(previousRunId);
        params.add(runId);
        underPaths(sql, params, "s.unit_path", likePatterns);
        sql.append(" order by s.unit_path, s.overall desc, s.view_code");
        Map<Long, UnitResult> out = new LinkedHashMap<>();
        Map<Long, List<UnitResult.ViewResult>> views = new HashMap<>();
        template.query(
                sql.toString(),
                rs -> {
                    long unit = rs.getLong("unit_id");
                    if (!out.containsKey(unit)) {
                        List<UnitResult.ViewResult> list = new ArrayList<>();
                        views.put(unit, list);
                        out.put(
                                unit,
                                new UnitResult(
                                        unit,
                                        rs.getString("unit_path"),
                                        rs.getString("unit_name"),
                                        rs.getString("peer_group"),
                                        rs.getBoolean("enough_data"),
                                        rs.getString("flagged"),
                                        list));
                    }
                    Integer rank = rs.getObject("rank") == null ? null : rs.getInt("rank");
                    Integer was = rs.getObject("previous_rank") == null ? null : rs.getInt("previous_rank");
                    views.get(unit)
                            .add(new UnitResult.ViewResult(
                                    rs.getString("view_code"),
                                    rs.getString("view_name"),
                                    rs.getBoolean("overall"),
                                    rs.getBigDecimal("points").stripTrailingZeros(),
                                    rs.getBigDecimal("max_points").stripTrailingZeros(),
                                    rs.getBigDecimal("index_value"),
                                    rank,
                                    rs.getInt("peers"),
                                    rank == null || was == null ? null : was - rank));
                },
                params.toArray());
        return List.copyOf(out.values());
    }

    /** The path of a unit scored in a run, when it is. */
    public Optional<String> unitPath(long runId, long unitId) {
        return jdbc.sql("select unit_path from unit_score where run_id = :r and unit_id = :u limit 1")
                .param("r", runId)
                .param("u", unitId)
                .query(String.class)
                .optional();
    }

    /** A unit's criteria in a run: points, maximum and how they came about, by criterion id. */
    public Map<Long, CriterionRow> criteria(long runId, long unitId) {
        return criteria(runId, List.of(unitId)).getOrDefault(unitId, Map.of());
    }

    public record CriterionRow(BigDecimal points, BigDecimal max, ScoringEngine.Basis basis) {}

    /** The criteria of some units of a run, by unit then criterion (robustness draws reweigh a province's). */
    public Map<Long, Map<Long, CriterionRow>> criteria(long runId, java.util.Collection<Long> unitIds) {
        Map<Long, Map<Long, CriterionRow>> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        template.query(
                "select * from unit_criterion_score where run_id = ? and unit_id = any(?)",
                ps -> {
                    ps.setLong(1, runId);
                    ps.setArray(2, ps.getConnection().createArrayOf("bigint", unitIds.toArray()));
                },
                rs -> {
                    Long[] ids = (Long[]) rs.getArray("criterion_ids").getArray();
                    BigDecimal[] points = (BigDecimal[]) rs.getArray("points").getArray();
                    BigDecimal[] max = (BigDecimal[]) rs.getArray("max_points").getArray();
                    String[] bases = (String[]) rs.getArray("bases").getArray();
                    Map<Long, CriterionRow> mine = new HashMap<>();
                    for (int i = 0; i < ids.length; i++) {
                        mine.put(
                                ids[i],
                                new CriterionRow(
                                        points[i].stripTrailingZeros(),
                                        max[i].stripTrailingZeros(),
                                        ScoringEngine.Basis.valueOf(bases[i])));
                    }
                    out.put(rs.getLong("unit_id"), mine);
                });
        return out;
    }

    private static ScoreRun run(ResultSet rs, int n) throws SQLException {
        return new ScoreRun(
                rs.getLong("id"),
                rs.getLong("period_id"),
                rs.getLong("framework_id"),
                rs.getInt("version"),
                rs.getTimestamp("computed_at").toInstant(),
                rs.getString("fingerprint"),
                rs.getBoolean("provisional"),
                rs.getString("reason"),
                rs.getBoolean("is_current"),
                rs.getInt("unit_count"),
                rs.getTimestamp("published_at") == null
                        ? null
                        : rs.getTimestamp("published_at").toInstant());
    }
}
