package vn.dtihub.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.CriterionNode;
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.reporting.ApprovedEvidence;
import vn.dtihub.reporting.Entry;
import vn.dtihub.reporting.Evidence;
import vn.dtihub.reporting.Forms;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Periods;
import vn.dtihub.reporting.ScoringInput;
import vn.dtihub.scoring.domain.InputDigest;
import vn.dtihub.scoring.domain.ScoreRepository;
import vn.dtihub.scoring.domain.ScoringEngine;
import vn.dtihub.scoring.domain.ScoringInputException;
import vn.dtihub.scoring.domain.ScoringModel;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Level;
import vn.dtihub.units.UnitView;
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
    private final Forms forms;
    private final Periods periods;
    private final Units units;
    private final AuditTrail audit;
    private final Evidence evidence;

    Scoring(
            ScoreRepository repository,
            Frameworks frameworks,
            Forms forms,
            Periods periods,
            Units units,
            AuditTrail audit,
            Evidence evidence) {
        this.evidence = evidence;
        this.repository = repository;
        this.frameworks = frameworks;
        this.forms = forms;
        this.periods = periods;
        this.units = units;
        this.audit = audit;
    }

    /**
     * Computes a period's scores from its approved values, one computation of a period at a time (across nodes). The
     * same inputs as the current run give no new run; a
     * framework that cannot be scored, or a value of the wrong type, is refused naming the criterion (and the unit),
     * and nothing is stored.
     */
    @Transactional
    public ScoreRun compute(long periodId, String reason) {
        repository.lockComputation(periodId);
        ScoringInput in = forms.scoringInput(periodId);
        PeriodSummary period = in.period();
        // The period's own framework, or the corrected version a standing office chose, the values carried to it.
        long frameworkId = repository.scoringFramework(periodId).orElse(period.frameworkId());
        Map<Long, Long> mapping = criterionMapping(period, frameworkId);
        List<Criterion> criteria = frameworks.criteriaOf(frameworkId);
        List<FrameworkView> views = frameworks.viewsOf(frameworkId);
        Map<Long, UnitView> unitsById = new HashMap<>();
        units.byIds(in.subjects().stream().map(ScoringInput.Subject::unitId).toList())
                .forEach(u -> unitsById.put(u.id(), u));
        List<ScoringEngine.UnitInput> inputs = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (ScoringInput.Subject s : in.subjects()) {
            Map<Long, ScoringEngine.Value> values = new HashMap<>();
            remap(s.values(), mapping)
                    .forEach((c, v) -> values.put(c, new ScoringEngine.Value(v.input(), v.reviewerPoints())));
            inputs.add(new ScoringEngine.UnitInput(s.path(), peerGroup(unitsById.get(s.unitId())), values));
            ids.put(s.path(), s.unitId());
            names.put(s.path(), s.name());
        }
        String fingerprint = fingerprint(criteria, views, in.subjects());
        Optional<ScoreRun> current = repository.current(periodId);
        if (current.isPresent() && current.get().fingerprint().equals(fingerprint)) {
            return current.get();
        }
        List<ScoringEngine.UnitScore> scores;
        try {
            scores = ScoringEngine.score(ScoringModel.of(criteria, views, frameworks.rankTiesOf(frameworkId)), inputs);
        } catch (ScoringInputException e) {
            throw new InvalidInputException("criterion", "scoring.invalid", e.getMessage());
        }
        Map<String, String> viewNames = new HashMap<>();
        views.forEach(v -> viewNames.put(v.code(), v.name()));
        ScoreRun run = repository.insert(
                periodId,
                frameworkId,
                fingerprint,
                period.kind() != PeriodKind.YEAR,
                reason,
                scores,
                ids,
                names,
                viewNames);
        audit.record(AuditRecord.of("SCORES_COMPUTED", "score_run", run.id(), period.scopePath())
                .withDetail(
                        period.title() + ": run " + run.version() + ", " + scores.size() + " units (" + reason + ")"));
        return run;
    }

    /**
     * How the period's criteria map to those of the framework version it is scored under: null when it is the
     * period's own (nothing to map), else each criterion to its counterpart (one the version dropped is left out).
     */
    public Map<Long, Long> criterionMapping(PeriodSummary period, long frameworkId) {
        if (frameworkId == period.frameworkId()) {
            return null;
        }
        return frameworks
                .criterionMapping(period.frameworkId(), frameworkId)
                .orElseThrow(() -> new InvalidInputException(
                        "framework",
                        "scoring.notLaterVersion",
                        "framework " + frameworkId + " is not a later version of " + period.frameworkId()));
    }

    /** Values keyed by the period's criteria, keyed by the version's (as they are when the mapping is null). */
    public static <V> Map<Long, V> remap(Map<Long, V> byCriterion, Map<Long, Long> mapping) {
        if (mapping == null) {
            return byCriterion;
        }
        Map<Long, V> out = new HashMap<>();
        byCriterion.forEach((c, v) -> {
            Long to = mapping.get(c);
            if (to != null) {
                out.put(to, v);
            }
        });
        return out;
    }

    /** The later versions of its framework a period may be scored under (a correction, published). */
    public List<vn.dtihub.frameworks.FrameworkSummary> correctedVersions(ScopedPrincipal caller, long periodId) {
        return correctedVersions(caller, periods.get(caller, periodId));
    }

    /** The same for a period already read (and checked). */
    public List<vn.dtihub.frameworks.FrameworkSummary> correctedVersions(ScopedPrincipal caller, PeriodSummary period) {
        return frameworks.laterVersions(caller, period.frameworkId());
    }

    /**
     * The framework version a run was scored under, as a page names it ("name (label)"), when it is not its period's
     * own; null when it is.
     */
    public String versionName(PeriodSummary period, ScoreRun run) {
        if (run == null || run.frameworkId() == period.frameworkId()) {
            return null;
        }
        return frameworks
                .summary(run.frameworkId())
                .map(f -> f.name() + (f.versionLabel() == null ? "" : " (" + f.versionLabel() + ")"))
                .orElse("#" + run.frameworkId());
    }

    /**
     * A standing office has its period scored under a corrected version of the framework from now on (or back under
     * its own), and computed now: a new run, the old ones kept. A framework that is not a later version of the
     * period's is refused.
     */
    @Transactional
    public ScoreRun rescoreUnder(ScopedPrincipal caller, long periodId, long frameworkId) {
        PeriodSummary period = periods.get(caller, periodId);
        if (!periods.manages(caller, period)) {
            throw new AccessDeniedException("Only the standing office of the period computes its scores");
        }
        boolean own = frameworkId == period.frameworkId();
        if (!own && correctedVersions(caller, period).stream().noneMatch(f -> f.id() == frameworkId)) {
            throw new InvalidInputException(
                    "framework",
                    "scoring.notLaterVersion",
                    "framework " + frameworkId + " is not a published later version of " + period.frameworkId());
        }
        repository.chooseFramework(periodId, frameworkId, own, caller.username());
        audit.record(AuditRecord.of("SCORING_FRAMEWORK_CHOSEN", "reporting_period", periodId, period.scopePath())
                .withDetail(period.title() + ": framework " + frameworkId));
        return compute(periodId, own ? "RECOMPUTE" : "FRAMEWORK_CORRECTED");
    }

    /** A standing office computes its period's scores again now (after a framework correction, say). */
    @Transactional
    public ScoreRun recompute(ScopedPrincipal caller, long periodId) {
        PeriodSummary period = periods.get(caller, periodId);
        if (!periods.manages(caller, period)) {
            throw new AccessDeniedException("Only the standing office of the period computes its scores");
        }
        return compute(periodId, "RECOMPUTE");
    }

    /** The standing office makes the period's current results public (the public page and the open data). */
    @Transactional
    public ScoreRun publish(ScopedPrincipal caller, long periodId) {
        PeriodSummary period = periods.get(caller, periodId);
        if (!periods.manages(caller, period)) {
            throw new AccessDeniedException("Only the standing office of the period publishes its results");
        }
        ScoreRun run = repository
                .current(periodId)
                .orElseThrow(() -> new vn.dtihub.shared.ConflictException(
                        "scoring.nothingToPublish", "The period has no computed results to publish"));
        if (repository.publish(run.id(), caller.username())) {
            audit.record(AuditRecord.of("SCORES_PUBLISHED", "score_run", run.id(), period.scopePath())
                    .withDetail(period.title() + ": run " + run.version()));
        }
        return repository.run(run.id()).orElseThrow();
    }

    /** A period whose results are public: the period, its latest published run, and that run's units. */
    public record PublicResults(PeriodSummary period, ScoreRun run, List<UnitResult> units) {}

    /** The periods with public results, the most recently published first; no caller (public). */
    public List<PublicResults> publicPeriods() {
        List<PublicResults> out = new ArrayList<>();
        for (ScoreRun run : repository.published()) {
            periods.find(run.periodId()).ifPresent(p -> out.add(new PublicResults(p, run, List.of())));
        }
        return out;
    }

    /** The public results of a period; not found when none was published. */
    public PublicResults publicResults(long periodId) {
        ScoreRun run = repository.published(periodId).orElseThrow(() -> new ScoreNotFoundException(periodId, 0));
        PeriodSummary period = periods.find(periodId).orElseThrow(() -> new ScoreNotFoundException(periodId, 0));
        return new PublicResults(period, run, repository.units(run.id(), null, null));
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

    /** Marks a period to be computed by the next pass of the job. */
    @Transactional
    public void markPending(long periodId) {
        repository.markPending(periodId);
    }

    /** The runs of a period the caller may read, newest first. */
    public List<ScoreRun> runs(ScopedPrincipal caller, long periodId) {
        periods.get(caller, periodId);
        return repository.runs(periodId);
    }

    /** A period's results as a caller may read them: the current run, its units within the caller's scope. */
    public record Results(PeriodSummary period, ScoreRun run, List<UnitResult> units) {}

    public Results results(ScopedPrincipal caller, long periodId, String underPath) {
        PeriodSummary period = periods.get(caller, periodId);
        Optional<ScoreRun> run = repository.current(periodId);
        if (run.isEmpty()) {
            return new Results(period, null, List.of());
        }
        List<UnitResult> all = repository.units(run.get().id(), patterns(caller), previousRun(period));
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
        PeriodSummary period = periods.get(caller, periodId);
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
        return periods.list(caller).stream()
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

    /** One criterion on a scorecard: its points and maximum, how they came about, and last period's points. */
    public record CriterionResult(
            Criterion criterion,
            int depth,
            String value,
            BigDecimal points,
            BigDecimal max,
            ScoringEngine.Basis basis,
            BigDecimal previousPoints,
            BigDecimal lastYearPoints,
            ApprovedEvidence evidence,
            BigDecimal percent) {}

    /**
     * A unit's scorecard: its result, each criterion of the framework in tree order, and its result in the same period
     * a year earlier (null when there is none) for comparison.
     */
    public record Scorecard(
            PeriodSummary period, ScoreRun run, UnitResult unit, List<CriterionResult> criteria, UnitResult lastYear) {}

    /** The scorecard of a unit in the latest period the caller may read that scores it. */
    public Scorecard latestScorecard(ScopedPrincipal caller, long unitId) {
        return scorecard(caller, latestPeriod(caller, unitId), unitId);
    }

    /** The latest period whose current run scores the unit and whose result the caller may read. */
    public long latestPeriod(ScopedPrincipal caller, long unitId) {
        for (long periodId : repository.periodsScoring(unitId)) {
            try {
                // The same checks as a scorecard's, without building one to throw away.
                PeriodSummary period = periods.get(caller, periodId);
                ScoreRun run =
                        repository.current(periodId).orElseThrow(() -> new ScoreNotFoundException(periodId, unitId));
                readablePath(caller, period, run, unitId);
                return periodId;
            } catch (vn.dtihub.shared.NotFoundException unreadable) {
                // A period (or a unit) outside the caller's scope: try an earlier one.
            }
        }
        throw new ScoreNotFoundException(0, unitId);
    }

    public Scorecard scorecard(ScopedPrincipal caller, long periodId, long unitId) {
        PeriodSummary period = periods.get(caller, periodId);
        ScoreRun run = repository.current(periodId).orElseThrow(() -> new ScoreNotFoundException(periodId, unitId));
        Optional<ScoreRun> previousRun = periods.previous(period).flatMap(p -> repository.current(p.id()));
        UnitResult unit = unitOf(caller, period, run, unitId, previousRun);
        Map<Long, ScoreRepository.CriterionRow> rows = repository.criteria(run.id(), unitId);
        Map<Long, ScoreRepository.CriterionRow> before =
                previousRun.map(r -> comparable(r, run, unitId)).orElse(Map.of());
        Optional<ScoreRun> lastYearRun = periods.sameLastYear(period).flatMap(p -> repository.current(p.id()));
        Map<Long, ScoreRepository.CriterionRow> lastYear =
                lastYearRun.map(r -> comparable(r, run, unitId)).orElse(Map.of());
        UnitResult lastYearUnit = lastYearRun
                .flatMap(r -> repository.units(r.id(), List.of(unit.unitPath()), null).stream()
                        .findFirst())
                .orElse(null);
        Map<Long, Long> mapping = criterionMapping(period, run.frameworkId());
        Map<Long, Entry> values = remap(forms.approvedValues(periodId, unitId), mapping);
        Map<Long, ApprovedEvidence> backing = remap(evidence.approvedOf(caller, periodId, unitId), mapping);
        List<CriterionResult> out = new ArrayList<>();
        for (CriterionNode n : frameworks.flatTreeOf(run.frameworkId())) {
            Criterion c = n.criterion();
            int d = n.depth();
            ScoreRepository.CriterionRow row = rows.get(c.id());
            if (row == null) {
                continue;
            }
            ScoreRepository.CriterionRow was = before.get(c.id());
            Entry value = values.get(c.id());
            out.add(new CriterionResult(
                    c,
                    d,
                    value == null ? null : value.display(),
                    row.points(),
                    row.max(),
                    row.basis(),
                    was == null ? null : was.points(),
                    lastYear.containsKey(c.id()) ? lastYear.get(c.id()).points() : null,
                    backing.get(c.id()),
                    percent(value)));
        }
        return new Scorecard(period, run, unit, out, lastYearUnit);
    }

    /** A ratio's share, as the worked example reads it: 45/50 (90%) → 45/50 points; null for anything else. */
    private static BigDecimal percent(Entry value) {
        if (value == null
                || value.number() == null
                || value.denominator() == null
                || value.denominator().signum() == 0) {
            return null;
        }
        return vn.dtihub.shared.Figures.divide(value.number().multiply(BigDecimal.valueOf(100)), value.denominator());
    }

    /**
     * A unit's criteria in an earlier run, keyed by the criteria of the run they are compared with: by id when both
     * runs used the same framework version, else by code (a correction, or last year's version, keeps its codes).
     */
    private Map<Long, ScoreRepository.CriterionRow> comparable(ScoreRun earlier, ScoreRun run, long unitId) {
        Map<Long, ScoreRepository.CriterionRow> rows = repository.criteria(earlier.id(), unitId);
        if (earlier.frameworkId() == run.frameworkId()) {
            return rows;
        }
        Map<String, Long> now = new HashMap<>();
        frameworks.criteriaOf(run.frameworkId()).forEach(c -> now.put(c.code(), c.id()));
        Map<Long, ScoreRepository.CriterionRow> out = new HashMap<>();
        for (Criterion c : frameworks.criteriaOf(earlier.frameworkId())) {
            if (rows.containsKey(c.id()) && now.containsKey(c.code())) {
                out.put(now.get(c.code()), rows.get(c.id()));
            }
        }
        return out;
    }

    /** A point of a trend: a period and the mean overall index of the caller's units in it. */
    public record TrendPoint(PeriodSummary period, BigDecimal meanIndex) {}

    /** A trend as a chart: the periods' titles and one series of indices (0 to 1). */
    public static vn.dtihub.shared.ChartData chart(List<TrendPoint> trend, String label) {
        return new vn.dtihub.shared.ChartData(
                trend.stream().map(t -> t.period().title()).toList(),
                List.of(new vn.dtihub.shared.ChartData.Series(
                        label,
                        trend.stream()
                                .map(t -> (Number) (t.meanIndex() == null ? 0 : t.meanIndex()))
                                .toList())),
                1);
    }

    /**
     * The periods of the same kind over the same scope as this one, oldest first, with the mean overall index of the
     * units the caller may read in each computed one.
     */
    public List<TrendPoint> trend(ScopedPrincipal caller, long periodId) {
        List<TrendPoint> out = new ArrayList<>();
        for (PeriodSummary p : series(caller, periods.get(caller, periodId))) {
            repository
                    .current(p.id())
                    .map(r -> repository.meanIndex(r.id(), patterns(caller)))
                    .ifPresent(mean -> out.add(new TrendPoint(p, mean)));
        }
        return out;
    }

    /** The overall index of a unit of a scorecard in the periods of the same kind over the same scope, oldest first. */
    public List<TrendPoint> unitTrend(ScopedPrincipal caller, Scorecard card) {
        long unitId = card.unit().unitId();
        List<TrendPoint> out = new ArrayList<>();
        for (PeriodSummary p : series(caller, card.period())) {
            repository
                    .current(p.id())
                    .flatMap(r -> repository.units(r.id(), List.of(card.unit().unitPath()), null).stream()
                            .filter(u -> u.unitId() == unitId)
                            .findFirst())
                    .map(UnitResult::overall)
                    .filter(v -> v != null && v.index() != null)
                    .ifPresent(v -> out.add(new TrendPoint(p, v.index())));
        }
        return out;
    }

    /** The periods a trend runs over: those of the same kind and scope up to this one, that the caller reads. */
    private List<PeriodSummary> series(ScopedPrincipal caller, PeriodSummary period) {
        return periods.list(caller).stream()
                .filter(p -> p.kind() == period.kind()
                        && java.util.Objects.equals(p.scopePath(), period.scopePath())
                        && !p.coversTo().isAfter(period.coversTo()))
                .sorted(Comparator.comparing(PeriodSummary::coversTo))
                .toList();
    }

    /** Communes are ranked among their like (wards, rural communes, special zones); provinces all together. */
    static String peerGroup(UnitView unit) {
        return unit != null && unit.level() == Level.COMMUNE ? unit.kindName() : null;
    }

    /**
     * One unit's result in a run, with its rank change, read alone (a scorecard does not need its province's other
     * units); not found outside the caller's reading, the same rule as {@link #patterns} in SQL.
     */
    private UnitResult unitOf(
            ScopedPrincipal caller, PeriodSummary period, ScoreRun run, long unitId, Optional<ScoreRun> previousRun) {
        return repository
                .units(
                        run.id(),
                        List.of(readablePath(caller, period, run, unitId)),
                        previousRun.map(ScoreRun::id).orElse(null))
                .get(0);
    }

    /** The path of a unit scored in a run, when the caller may read its result; not found otherwise. */
    private String readablePath(ScopedPrincipal caller, PeriodSummary period, ScoreRun run, long unitId) {
        return repository
                .unitPath(run.id(), unitId)
                .filter(p -> caller.scope().national() || caller.scope().coversUnit(p) || p.equals(caller.seatPath()))
                .orElseThrow(() -> new ScoreNotFoundException(period.id(), unitId));
    }

    /** The LIKE patterns of the units a caller reads results of (null: all), for the run's unit rows. */
    static List<String> patterns(ScopedPrincipal caller) {
        if (caller.scope().national()) {
            return null;
        }
        List<String> out = new ArrayList<>(caller.scope().likePatterns());
        if (caller.seatPath() != null) {
            out.add(caller.seatPath());
        }
        return out;
    }

    /** The current run of the period before, whose ranks a ranking compares with; null when there is none. */
    private Long previousRun(PeriodSummary period) {
        return periods.previous(period)
                .flatMap(p -> repository.current(p.id()))
                .map(ScoreRun::id)
                .orElse(null);
    }

    /** What went in: the framework's criteria and views as they are now, and every approved value, in a fixed order. */
    static String fingerprint(
            List<Criterion> criteria, List<FrameworkView> views, List<ScoringInput.Subject> subjects) {
        InputDigest digest = new InputDigest();
        criteria.stream()
                .sorted(Comparator.comparingLong(Criterion::id))
                .forEach(c -> digest.tag('C').add(c.id()).add(c.version()));
        for (FrameworkView v : views) {
            digest.tag('V').add(v.code()).add(v.overall());
            v.items()
                    .forEach(i ->
                            digest.tag('W').add(i.criterionId()).add(i.weight().stripTrailingZeros()));
        }
        subjects.stream()
                .sorted(Comparator.comparing(ScoringInput.Subject::path))
                .forEach(s -> {
                    digest.tag('U').add(s.unitId());
                    long[] ids = s.values().keySet().stream()
                            .mapToLong(Long::longValue)
                            .sorted()
                            .toArray();
                    for (long id : ids) {
                        ScoringInput.Value v = s.values().get(id);
                        digest.tag('v').add(id).add(v.reviewerPoints());
                        if (v.input() == null) {
                            digest.tag('∅');
                        } else {
                            digest.add(v.input().number())
                                    .add(v.input().denominator())
                                    .add(v.input().yes())
                                    .add(v.input().choice());
                        }
                    }
                });
        return digest.hex();
    }
}
