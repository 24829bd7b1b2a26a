package vn.dtihub.scoring.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
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

    private static final int CHUNK = 50_000;

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
        // Serialises two computations of one period (two nodes, a job and a click): the second waits, then numbers
        // after.
        jdbc.sql("select pg_advisory_xact_lock(:k)")
                .param("k", 7_000_000_000L + periodId)
                .query()
                .singleRow();
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

    private void writeUnits(
            long runId,
            List<ScoringEngine.UnitScore> scores,
            Map<String, Long> unitIds,
            Map<String, String> unitNames,
            Map<String, String> viewNames) {
        List<Object[]> rows = new ArrayList<>();
        for (ScoringEngine.UnitScore s : scores) {
            for (ScoringEngine.ViewScore v : s.views()) {
                rows.add(new Object[] {
                    unitIds.get(s.unit()),
                    s.unit(),
                    unitNames.get(s.unit()),
                    s.peerGroup(),
                    s.enoughData(),
                    s.flaggedMissing().isEmpty() ? null : String.join(", ", s.flaggedMissing()),
                    v.code(),
                    viewNames.getOrDefault(v.code(), v.code()),
                    v.overall(),
                    v.points(),
                    v.max(),
                    v.index(),
                    v.rank(),
                    v.peers()
                });
            }
        }
        String[] types = {
            "bigint", "text", "text", "text", "boolean", "text", "text", "text", "boolean", "numeric", "numeric",
            "numeric", "int", "int"
        };
        bulk(
                "insert into unit_score (run_id, unit_id, unit_path, unit_name, peer_group, enough_data, flagged,"
                        + " view_code, view_name, overall, points, max_points, index_value, rank, peers)"
                        + " select ?, * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::boolean[],"
                        + " ?::text[], ?::text[], ?::text[], ?::boolean[], ?::numeric[], ?::numeric[], ?::numeric[],"
                        + " ?::int[], ?::int[])",
                runId,
                rows,
                types);
    }

    /**
     * A run's criterion rows (some 370,000 for the country) through COPY, PostgreSQL's bulk path: several times faster
     * than inserting them, in the caller's transaction all the same.
     */
    private void writeCriteria(long runId, List<ScoringEngine.UnitScore> scores, Map<String, Long> unitIds) {
        StringBuilder rows = new StringBuilder(scores.size() * 64 * 110);
        for (ScoringEngine.UnitScore s : scores) {
            Long unit = unitIds.get(s.unit());
            for (ScoringEngine.CriterionScore c : s.criteria()) {
                rows.append(runId)
                        .append('\t')
                        .append(unit)
                        .append('\t')
                        .append(c.criterionId())
                        .append('\t')
                        .append(c.points().toPlainString())
                        .append('\t')
                        .append(c.max().toPlainString())
                        .append('\t')
                        .append(c.basis().name())
                        .append('\n');
            }
        }
        template.execute((Connection c) -> {
            try {
                return c.unwrap(org.postgresql.PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy criterion_score (run_id, unit_id, criterion_id, points, max_points, basis)"
                                        + " from stdin",
                                new java.io.StringReader(rows.toString()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Inserts rows column by column (one array per column), in chunks. */
    private void bulk(String sql, long runId, List<Object[]> rows, String[] types) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            template.execute((Connection c) -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, runId);
                    for (int col = 0; col < types.length; col++) {
                        Object[] column = new Object[chunk.size()];
                        for (int r = 0; r < chunk.size(); r++) {
                            column[r] = chunk.get(r)[col];
                        }
                        Array array = c.createArrayOf(types[col], column);
                        ps.setArray(col + 2, array);
                    }
                    return ps.executeUpdate();
                }
            });
        }
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
        if (likePatterns != null) {
            sql.append(" and (false");
            for (String p : likePatterns) {
                sql.append(" or unit_path like ?");
                params.add(p);
            }
            sql.append(")");
        }
        return template.queryForObject(sql.toString(), BigDecimal.class, params.toArray());
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

    /** Marks a period to be computed again; a period already waiting keeps its place. */
    public void markPending(long periodId) {
        jdbc.sql("insert into score_pending (period_id) values (:p) on conflict do nothing")
                .param("p", periodId)
                .update();
    }

    /**
     * Takes one waiting period, locked until the caller's transaction ends (another node skips it and takes the next);
     * empty when none waits.
     */
    public Optional<Long> takePending() {
        return jdbc.sql("""
                        delete from score_pending where period_id = (
                          select period_id from score_pending order by since for update skip locked limit 1)
                        returning period_id""").query(Long.class).optional();
    }

    public List<Long> pending() {
        return jdbc.sql("select period_id from score_pending order by since")
                .query(Long.class)
                .list();
    }

    /** The units of a run under some paths (all when none is given), each with its views, the overall first. */
    public List<UnitResult> units(long runId, List<String> likePatterns, Map<Long, Map<String, Integer>> before) {
        StringBuilder sql = new StringBuilder("select * from unit_score where run_id = ?");
        List<Object> params = new ArrayList<>(List.of(runId));
        if (likePatterns != null) {
            sql.append(" and (false");
            for (String p : likePatterns) {
                sql.append(" or unit_path like ?");
                params.add(p);
            }
            sql.append(")");
        }
        sql.append(" order by unit_path, overall desc, view_code");
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
                    Integer was = before == null
                            ? null
                            : before.getOrDefault(unit, Map.of()).get(rs.getString("view_code"));
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

    /** One unit's rank in each view of a run. */
    public Map<String, Integer> ranks(long runId, long unitId) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql("select view_code, rank from unit_score where run_id = :r and unit_id = :u and rank is not null")
                .param("r", runId)
                .param("u", unitId)
                .query(rs -> {
                    out.put(rs.getString("view_code"), rs.getInt("rank"));
                });
        return out;
    }

    /** Each unit's rank in each view of a run: what a later run compares with. */
    public Map<Long, Map<String, Integer>> ranks(long runId) {
        Map<Long, Map<String, Integer>> out = new HashMap<>();
        jdbc.sql("select unit_id, view_code, rank from unit_score where run_id = :r and rank is not null")
                .param("r", runId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("unit_id"), k -> new HashMap<>())
                            .put(rs.getString("view_code"), rs.getInt("rank"));
                });
        return out;
    }

    /** A unit's criteria in a run: points, maximum and how they came about, by criterion id. */
    public Map<Long, CriterionRow> criteria(long runId, long unitId) {
        Map<Long, CriterionRow> out = new HashMap<>();
        jdbc.sql("select * from criterion_score where run_id = :r and unit_id = :u")
                .param("r", runId)
                .param("u", unitId)
                .query(rs -> {
                    out.put(
                            rs.getLong("criterion_id"),
                            new CriterionRow(
                                    rs.getBigDecimal("points").stripTrailingZeros(),
                                    rs.getBigDecimal("max_points").stripTrailingZeros(),
                                    ScoringEngine.Basis.valueOf(rs.getString("basis"))));
                });
        return out;
    }

    public record CriterionRow(BigDecimal points, BigDecimal max, ScoringEngine.Basis basis) {}

    /** Some criteria of every unit of a run, by unit then criterion: what robustness draws reweigh. */
    public Map<Long, Map<Long, CriterionRow>> criteria(long runId, java.util.Collection<Long> criterionIds) {
        Map<Long, Map<Long, CriterionRow>> out = new HashMap<>();
        if (criterionIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select * from criterion_score where run_id = :r and criterion_id in (:c)")
                .param("r", runId)
                .param("c", criterionIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("unit_id"), k -> new HashMap<>())
                            .put(
                                    rs.getLong("criterion_id"),
                                    new CriterionRow(
                                            rs.getBigDecimal("points"),
                                            rs.getBigDecimal("max_points"),
                                            ScoringEngine.Basis.valueOf(rs.getString("basis"))));
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
