package vn.dtihub.scoring;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.TestCriteria;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.scoring.domain.Robustness;
import vn.dtihub.scoring.domain.ScoringEngine;
import vn.dtihub.scoring.domain.ScoringModel;

/**
 * The scoring engine on a generated nationwide dataset (34 provinces and 3,321 communes, 100 criteria in 10 groups,
 * an overall index and three pillar views, 4 periods), against its floor: the same points, totals, views and ranks by
 * one plain SQL aggregate on the same values in PostgreSQL, in the same run. Also a what-if (one unit rescored and
 * ranked against the stored indices of its peers) and 1,000 robustness draws for a province's 166 communes.
 * Prints figures; run by bench/scoring.sh.
 */
public final class ScoringBench {

    static final int PROVINCES = 34;
    static final int COMMUNES = 3_321;
    static final int GROUPS = 10;
    static final int PER_GROUP = 10;
    static final int PERIODS = 4;
    static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        List<Criterion> criteria = new ArrayList<>();
        long id = 1;
        for (int g = 1; g <= GROUPS; g++) {
            long group = id++;
            criteria.add(criterion(group, null, "G" + g, "100", null, null));
            for (int c = 1; c <= PER_GROUP; c++) {
                criteria.add(criterion(id++, group, "G" + g + "." + c, "10", ValueType.RATIO, new ScoringRule.Ratio()));
            }
        }
        List<FrameworkView> views = List.of(
                view(1, "DTI", true, criteria, g -> true),
                view(2, "P1", false, criteria, g -> g <= 6),
                view(3, "P2", false, criteria, g -> g <= 5 || g == 7),
                view(4, "P3", false, criteria, g -> g <= 5 || g == 8));
        ScoringModel model = ScoringModel.of(criteria, views);
        List<Criterion> leaves =
                criteria.stream().filter(c -> c.parentId() != null).toList();
        String[] kinds = {"Phường", "Xã", "Đặc khu"};

        Path dir = Files.createTempDirectory("dtihub-scoring-bench");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(true)
                        .start();
                Connection db = pg.getPostgresDatabase().getConnection()) {
            schema(db, criteria);
            List<Long> engineTimes = new ArrayList<>();
            List<Long> readAndEngineTimes = new ArrayList<>();
            List<Long> floorTimes = new ArrayList<>();
            List<ScoringEngine.UnitScore> last = null;
            for (int period = 1; period <= PERIODS; period++) {
                Random random = new Random(period);
                List<ScoringEngine.UnitInput> units = new ArrayList<>();
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into bench_value (period, unit_id, criterion_id, num, den) values (?, ?, ?, ?, ?)")) {
                    for (int u = 0; u < PROVINCES + COMMUNES; u++) {
                        String group = u < PROVINCES ? null : kinds[u % kinds.length];
                        Map<Long, ScoringEngine.Value> values = new HashMap<>(leaves.size() * 2);
                        for (Criterion c : leaves) {
                            int den = 20 + random.nextInt(200);
                            int num = random.nextInt(den + 1);
                            values.put(
                                    c.id(),
                                    ScoringEngine.Value.of(ScoringRule.RuleInput.ratio(
                                            BigDecimal.valueOf(num), BigDecimal.valueOf(den))));
                            insert.setInt(1, period);
                            insert.setInt(2, u);
                            insert.setLong(3, c.id());
                            insert.setInt(4, num);
                            insert.setInt(5, den);
                            insert.addBatch();
                        }
                        units.add(new ScoringEngine.UnitInput("u" + u, group, values));
                    }
                    insert.executeBatch();
                }
                if (period == 1) {
                    try (PreparedStatement unit =
                            db.prepareStatement("insert into bench_unit (id, peer_group) values (?, ?)")) {
                        for (int u = 0; u < PROVINCES + COMMUNES; u++) {
                            unit.setInt(1, u);
                            unit.setString(2, u < PROVINCES ? null : kinds[u % kinds.length]);
                            unit.addBatch();
                        }
                        unit.executeBatch();
                    }
                }
                try (Statement s = db.createStatement()) {
                    s.execute("analyze");
                }
                for (int run = 0; run < RUNS; run++) {
                    long t = System.nanoTime();
                    last = ScoringEngine.score(model, units);
                    engineTimes.add(System.nanoTime() - t);
                    t = System.nanoTime();
                    List<ScoringEngine.UnitInput> read = read(db, period, units);
                    ScoringEngine.score(model, read);
                    readAndEngineTimes.add(System.nanoTime() - t);
                    t = System.nanoTime();
                    int rows = floor(db, period);
                    floorTimes.add(System.nanoTime() - t);
                    if (rows != (PROVINCES + COMMUNES) * views.size()) {
                        throw new IllegalStateException("the floor returned " + rows + " rows");
                    }
                }
            }
            System.out.printf(
                    "nationwide recompute (%d units × %d criteria, 4 views, ranks in peer groups), median of %d runs"
                            + " × %d periods:%n",
                    PROVINCES + COMMUNES, leaves.size(), RUNS, PERIODS);
            double engine = median(engineTimes);
            double readEngine = median(readAndEngineTimes);
            double floor = median(floorTimes);
            System.out.printf("  engine (values in memory): %.0f ms (worst %.0f ms)%n", engine, max(engineTimes));
            System.out.printf(
                    "  values read by JDBC, then the engine: %.0f ms (worst %.0f ms)%n",
                    readEngine, max(readAndEngineTimes));
            System.out.printf(
                    "  floor, one SQL aggregate (points, group totals, 4 views, ranks): %.0f ms (worst %.0f ms)%n",
                    floor, max(floorTimes));
            System.out.printf(
                    "  ratio to the floor: engine %.2f ×, read + engine %.2f ×%n", engine / floor, readEngine / floor);

            // What-if: one commune rescored with ten values changed, ranked against its peers' stored indices.
            ScoringEngine.UnitScore mine = last.get(PROVINCES + 7);
            List<BigDecimal> peers = last.stream()
                    .filter(s -> s != mine && java.util.Objects.equals(s.peerGroup(), mine.peerGroup()))
                    .map(s -> s.overall().index())
                    .toList();
            List<Long> whatIf = new ArrayList<>();
            ScoringEngine.UnitInput base = read(db, PERIODS, List.of()).get(PROVINCES + 7);
            for (int run = 0; run < 200; run++) {
                long t = System.nanoTime();
                Map<Long, ScoringEngine.Value> values = new HashMap<>(base.values());
                for (int k = 0; k < 10; k++) {
                    values.put(
                            leaves.get(k).id(),
                            ScoringEngine.Value.of(
                                    ScoringRule.RuleInput.ratio(BigDecimal.valueOf(50), BigDecimal.valueOf(50))));
                }
                ScoringEngine.UnitScore then = ScoringEngine.score(
                                model, List.of(new ScoringEngine.UnitInput(base.unit(), base.peerGroup(), values)))
                        .get(0);
                BigDecimal index = then.overall().index();
                long above = peers.stream().filter(p -> p.compareTo(index) > 0).count();
                if (above < 0) {
                    throw new IllegalStateException();
                }
                whatIf.add(System.nanoTime() - t);
            }
            System.out.printf(
                    "what-if (one commune, 10 values changed, ranked among %d peers): median %.2f ms, worst %.2f ms%n",
                    peers.size(), median(whatIf), max(whatIf));

            // 1,000 robustness draws for the 166 communes of a province, on the overall view's 10 components.
            List<Robustness.Unit> province = new ArrayList<>();
            for (int u = 0; u < 166; u++) {
                ScoringEngine.UnitScore s = last.get(PROVINCES + u);
                double[] points = new double[GROUPS];
                double[] max = new double[GROUPS];
                for (int g = 0; g < GROUPS; g++) {
                    ScoringEngine.CriterionScore c = s.criterion("G" + (g + 1));
                    points[g] = c.points().doubleValue();
                    max[g] = c.max().doubleValue();
                }
                province.add(new Robustness.Unit(s.unit(), points, max));
            }
            double[] weights = new double[GROUPS];
            Arrays.fill(weights, 1);
            List<Long> draws = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long t = System.nanoTime();
                Robustness.bands(province, weights, 0.2, 1000, run);
                draws.add(System.nanoTime() - t);
            }
            System.out.printf(
                    "robustness, 1,000 draws for a province's 166 communes: median %.0f ms, worst %.0f ms%n",
                    median(draws), max(draws));
        }
    }

    private static void schema(Connection db, List<Criterion> criteria) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("create table bench_criterion (id bigint primary key, group_id int not null, max_points numeric"
                    + " not null)");
            s.execute("create table bench_unit (id int primary key, peer_group text)");
            s.execute(
                    "create table bench_value (period int, unit_id int, criterion_id bigint, num numeric, den numeric,"
                            + " primary key (period, unit_id, criterion_id))");
        }
        try (PreparedStatement ps = db.prepareStatement("insert into bench_criterion values (?, ?, ?)")) {
            Map<Long, Integer> groups = new HashMap<>();
            for (Criterion c : criteria) {
                if (c.parentId() == null) {
                    groups.put(c.id(), Integer.parseInt(c.code().substring(1)));
                    continue;
                }
                ps.setLong(1, c.id());
                ps.setInt(2, groups.get(c.parentId()));
                ps.setBigDecimal(3, c.maxPoints());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The values as the application reads them (FormRepository.scoringSubjects): the units with their peer
     * groups, then the values in one query, unsorted, gathered by unit into the engine's maps.
     */
    private static List<ScoringEngine.UnitInput> read(Connection db, int period, List<ScoringEngine.UnitInput> like)
            throws Exception {
        Map<Integer, Map<Long, ScoringEngine.Value>> values = new LinkedHashMap<>();
        Map<Integer, String> groups = new HashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select id, peer_group from bench_unit order by id")) {
            while (rs.next()) {
                groups.put(rs.getInt(1), rs.getString(2));
                values.put(rs.getInt(1), new HashMap<>(256));
            }
        }
        try (PreparedStatement ps =
                db.prepareStatement("select unit_id, criterion_id, num, den from bench_value where period = ?")) {
            ps.setInt(1, period);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.get(rs.getInt(1))
                            .put(
                                    rs.getLong(2),
                                    ScoringEngine.Value.of(
                                            ScoringRule.RuleInput.ratio(rs.getBigDecimal(3), rs.getBigDecimal(4))));
                }
            }
        }
        List<ScoringEngine.UnitInput> out = new ArrayList<>();
        values.forEach((u, v) -> out.add(new ScoringEngine.UnitInput("u" + u, groups.get(u), v)));
        return out;
    }

    /** The same computation in one SQL statement: points by the ratio rule, group totals, 4 views, ranks by group. */
    private static int floor(Connection db, int period) throws Exception {
        String sql = """
                with pts as (
                  select v.unit_id, c.group_id,
                         least(c.max_points, round(c.max_points * v.num / nullif(v.den, 0), 2)) as p, c.max_points as m
                  from bench_value v join bench_criterion c on c.id = v.criterion_id where v.period = ?),
                grp as (select unit_id, group_id, sum(p) as p, sum(m) as m from pts group by unit_id, group_id),
                views as (
                  select unit_id, 'DTI' as v, sum(p) as p, sum(m) as m from grp group by unit_id
                  union all select unit_id, 'P1', sum(p), sum(m) from grp where group_id <= 6 group by unit_id
                  union all select unit_id, 'P2', sum(p), sum(m) from grp where group_id <= 5 or group_id = 7
                    group by unit_id
                  union all select unit_id, 'P3', sum(p), sum(m) from grp where group_id <= 5 or group_id = 8
                    group by unit_id)
                select w.unit_id, w.v, w.p, round(w.p / w.m, 6) as idx,
                       rank() over (partition by w.v, u.peer_group order by round(w.p / w.m, 6) desc) as rank
                from views w join bench_unit u on u.id = w.unit_id""";
        int rows = 0;
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setInt(1, period);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getBigDecimal(3);
                    rs.getInt(5);
                    rows++;
                }
            }
        }
        return rows;
    }

    private static Criterion criterion(
            long id, Long parent, String code, String max, ValueType type, ScoringRule rule) {
        return TestCriteria.of(id, parent, code, code, max, type, rule, MissingPolicy.ZERO);
    }

    private static FrameworkView view(
            long id, String code, boolean overall, List<Criterion> criteria, java.util.function.IntPredicate groups) {
        List<FrameworkView.Item> items = new ArrayList<>();
        for (Criterion c : criteria) {
            if (c.parentId() == null && groups.test(Integer.parseInt(c.code().substring(1)))) {
                items.add(new FrameworkView.Item(c.id(), c.code(), BigDecimal.ONE));
            }
        }
        return new FrameworkView(id, code, code, overall, (int) id, items);
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }
}
