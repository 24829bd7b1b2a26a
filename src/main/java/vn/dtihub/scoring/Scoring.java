package vn.dtihub.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dtihub.frameworks.CriterionNode;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.scoring.domain.PeerGroup;
import vn.dtihub.scoring.domain.Readings;
import vn.dtihub.scoring.domain.Runs;
import vn.dtihub.scoring.domain.ScoreAnalysis;
import vn.dtihub.scoring.domain.ScoreNotFoundException;
import vn.dtihub.scoring.domain.ScoreRepository;
import vn.dtihub.scoring.domain.ScoringEngine;
import vn.dtihub.scoring.domain.Trends;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Units;

/**
 * Scores of reporting periods: computed from the approved values by the engine, stored as numbered runs (a new run
 * when the framework or the values changed, the old ones kept), read as rankings and scorecards narrowed to the
 * caller's scope; published, trended, carried to the units of 2025. A quarter's scores are provisional; the year's are
 * the result. What-if, levers and robustness are {@link ScoreAnalysis}.
 */
@Service
public class Scoring {

    private final ScoreRepository repository;
    private final Frameworks frameworks;
    private final Reporting reporting;
    private final Units units;
    private final Trends trends;
    private final Runs runs;

    Scoring(
            ScoreRepository repository,
            Frameworks frameworks,
            Reporting reporting,
            Units units,
            Trends trends,
            Runs runs) {
        this.trends = trends;
        this.runs = runs;
        this.repository = repository;
        this.frameworks = frameworks;
        this.reporting = reporting;
        this.units = units;
    }

    /** The period's standing office computes its scores now, from the approved values. */
    public ScoreRun recompute(ScopedPrincipal caller, long periodId) {
        return runs.recompute(caller, periodId);
    }

    /** The period's standing office makes its current results public (the public page and the open data). */
    public ScoreRun publish(ScopedPrincipal caller, long periodId) {
        return runs.publish(caller, periodId);
    }

    /** A period whose results are public: the period, its latest published run, and that run's units. */
    public record PublicResults(PeriodSummary period, ScoreRun run, List<UnitResult> units) {}

    /** The periods with public results, the most recently published first; no caller (public). */
    public List<PublicResults> publicPeriods() {
        List<PublicResults> out = new ArrayList<>();
        for (ScoreRun run : repository.published()) {
            reporting.find(run.periodId()).ifPresent(p -> out.add(new PublicResults(p, run, List.of())));
        }
        return out;
    }

    /** The public results of a period; not found when none was published. */
    public PublicResults publicResults(long periodId) {
        ScoreRun run = repository.published(periodId).orElseThrow(() -> new ScoreNotFoundException(periodId, 0));
        PeriodSummary period = reporting.find(periodId).orElseThrow(() -> new ScoreNotFoundException(periodId, 0));
        return new PublicResults(period, run, repository.units(run.id(), null, null));
    }

    /** A period's results as a caller may read them: the current run, its units within the caller's scope. */
    public record Results(PeriodSummary period, ScoreRun run, List<UnitResult> units) {}

    public Results results(ScopedPrincipal caller, long periodId, String underPath) {
        PeriodSummary period = reporting.get(caller, periodId);
        Optional<ScoreRun> run = repository.current(periodId);
        if (run.isEmpty()) {
            return new Results(period, null, List.of());
        }
        List<UnitResult> all = repository.units(run.get().id(), Readings.patterns(caller), previousRun(period));
        List<UnitResult> shown = underPath == null || underPath.isBlank()
                ? all
                : all.stream().filter(u -> u.unitPath().startsWith(underPath)).toList();
        return new Results(period, run.get(), shown);
    }

    /**
     * The path of a unit named by its code, to narrow results to its subtree: looked up in the structure of the
     * period (pre-2025 periods name pre-2025 units). Not found when the unit does not exist, or when it is neither in
     * the caller's scope nor above it (another province's code says nothing about that province).
     */
    public String scopePath(ScopedPrincipal caller, long periodId, String unitCode) {
        PeriodSummary period = reporting.get(caller, periodId);
        String path = units.get(period.structure(), unitCode.strip()).path();
        vn.dtihub.shared.Scope scope = caller.scope();
        boolean above = scope.unitPaths().stream().anyMatch(p -> p.startsWith(path));
        if (!scope.coversUnit(path) && !above) {
            throw vn.dtihub.units.UnitNotFoundException.forCode(unitCode);
        }
        return path;
    }

    /**
     * The latest period of a framework (by the time it covers; a year's official result after its quarters) that the
     * caller may read and that has been scored; not found when there is none.
     */
    public long latestScoredPeriod(ScopedPrincipal caller, long frameworkId) {
        return reporting.list(caller).stream()
                .filter(p -> p.frameworkId() == frameworkId)
                .filter(p -> repository.current(p.id()).isPresent())
                .max(Comparator.comparing(PeriodSummary::coversTo).thenComparing(p -> p.kind() == PeriodKind.YEAR))
                .map(PeriodSummary::id)
                .orElseThrow(() -> new ScoreNotFoundException(0, 0));
    }

    /**
     * The results ranked within a peer group a standing office defined: its members the caller may read, ranked among
     * themselves in every view (ties share a rank); no rank change, the group being the reader's own comparison.
     */
    public Results resultsWithin(ScopedPrincipal caller, long periodId, PeerGroup group) {
        Results all = results(caller, periodId, null);
        java.util.Set<Long> members = java.util.Set.copyOf(group.unitIds());
        List<UnitResult> in =
                all.units().stream().filter(u -> members.contains(u.unitId())).toList();
        return new Results(
                all.period(),
                all.run(),
                rerank(in, group.name(), frameworks.rankTiesOf(all.run().frameworkId())));
    }

    /** Competition ranks within a set of units, in every view, among those with enough data and an index. */
    static List<UnitResult> rerank(List<UnitResult> units, String groupName, vn.dtihub.frameworks.RankTies ties) {
        Map<String, Map<Long, Integer>> ranks = new HashMap<>();
        Map<String, Integer> peers = new HashMap<>();
        if (!units.isEmpty()) {
            for (UnitResult.ViewResult v : units.get(0).views()) {
                List<UnitResult> ranked = units.stream()
                        .filter(u -> u.enoughData()
                                && u.view(v.code()) != null
                                && u.view(v.code()).index() != null)
                        .toList();
                Integer[] byIndex = ScoringEngine.competitionRanks(
                        ranked.stream().map(u -> u.view(v.code()).index()).toList(), ties);
                Map<Long, Integer> byUnit = new HashMap<>();
                for (int k = 0; k < ranked.size(); k++) {
                    byUnit.put(ranked.get(k).unitId(), byIndex[k]);
                }
                ranks.put(v.code(), byUnit);
                peers.put(v.code(), ranked.size());
            }
        }
        List<UnitResult> out = new ArrayList<>();
        for (UnitResult u : units) {
            List<UnitResult.ViewResult> views = u.views().stream()
                    .map(v -> new UnitResult.ViewResult(
                            v.code(),
                            v.name(),
                            v.overall(),
                            v.points(),
                            v.max(),
                            v.index(),
                            ranks.getOrDefault(v.code(), Map.of()).get(u.unitId()),
                            peers.getOrDefault(v.code(), 0),
                            null))
                    .toList();
            out.add(new UnitResult(
                    u.unitId(), u.unitPath(), u.unitName(), groupName, u.enoughData(), u.flagged(), views));
        }
        return out;
    }

    /** The current run of the period before, whose ranks a ranking compares with; null when there is none. */
    private Long previousRun(PeriodSummary period) {
        return reporting
                .previous(period)
                .flatMap(p -> repository.current(p.id()))
                .map(ScoreRun::id)
                .orElse(null);
    }

    /**
     * A unit's published scorecard, for anyone: its result in the period's latest published run and its criteria's
     * points in that run (no reported values: those are the unit's own data). Not found when nothing was published.
     */
    public Scorecard publicScorecard(long periodId, long unitId) {
        PublicResults published = publicResults(periodId);
        UnitResult unit = published.units().stream()
                .filter(u -> u.unitId() == unitId)
                .findFirst()
                .orElseThrow(() -> new ScoreNotFoundException(periodId, unitId));
        Map<Long, ScoreRepository.CriterionRow> rows =
                repository.criteria(published.run().id(), unitId);
        List<CriterionResult> out = new ArrayList<>();
        for (CriterionNode n : frameworks.flatTreeOf(published.run().frameworkId())) {
            ScoreRepository.CriterionRow row = rows.get(n.criterion().id());
            if (row != null) {
                out.add(new CriterionResult(
                        n.criterion(), n.depth(), null, row.points(), row.max(), row.basis(), null, null, null, null));
            }
        }
        return new Scorecard(published.period(), published.run(), unit, out, null);
    }

    /** The trend of the mean overall index of the caller's units, over the periods of the same kind and scope. */
    public List<TrendPoint> trend(ScopedPrincipal caller, long periodId) {
        return trends.trend(caller, periodId);
    }

    /** A trend as a chart: the periods' titles and one series of indices (0 to 1). */
    public static vn.dtihub.shared.ChartData chart(List<TrendPoint> trend, String label) {
        return Trends.chart(trend, label);
    }
}
