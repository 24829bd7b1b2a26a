package vn.dtihub.scoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.reporting.Forms;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Periods;
import vn.dtihub.reporting.ScoringInput;
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
 * caller's scope. A quarter's scores are provisional; the year's are the result.
 */
@Service
public class Scoring {

    private final ScoreRepository repository;
    private final Frameworks frameworks;
    private final Forms forms;
    private final Periods periods;
    private final Units units;
    private final AuditTrail audit;

    Scoring(
            ScoreRepository repository,
            Frameworks frameworks,
            Forms forms,
            Periods periods,
            Units units,
            AuditTrail audit) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.forms = forms;
        this.periods = periods;
        this.units = units;
        this.audit = audit;
    }

    /**
     * Computes a period's scores from its approved values. The same inputs as the current run give no new run; a
     * framework that cannot be scored, or a value of the wrong type, is refused naming the criterion (and the unit),
     * and nothing is stored.
     */
    @Transactional
    public ScoreRun compute(long periodId, String reason) {
        ScoringInput in = forms.scoringInput(periodId);
        PeriodSummary period = in.period();
        List<Criterion> criteria = frameworks.criteriaOf(period.frameworkId());
        List<FrameworkView> views = frameworks.viewsOf(period.frameworkId());
        Map<Long, UnitView> unitsById = new HashMap<>();
        units.byIds(in.subjects().stream().map(ScoringInput.Subject::unitId).toList())
                .forEach(u -> unitsById.put(u.id(), u));
        List<ScoringEngine.UnitInput> inputs = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (ScoringInput.Subject s : in.subjects()) {
            Map<Long, ScoringEngine.Value> values = new HashMap<>();
            s.values().forEach((c, v) -> values.put(c, new ScoringEngine.Value(v.input(), v.reviewerPoints())));
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
            scores = ScoringEngine.score(ScoringModel.of(criteria, views), inputs);
        } catch (ScoringInputException e) {
            throw new InvalidInputException("criterion", "scoring.invalid", e.getMessage());
        }
        Map<String, String> viewNames = new HashMap<>();
        views.forEach(v -> viewNames.put(v.code(), v.name()));
        ScoreRun run = repository.insert(
                periodId,
                period.frameworkId(),
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

    /** A standing office computes its period's scores again now (after a framework correction, say). */
    @Transactional
    public ScoreRun recompute(ScopedPrincipal caller, long periodId) {
        PeriodSummary period = periods.get(caller, periodId);
        if (!periods.manages(caller, period)) {
            throw new AccessDeniedException("Only the standing office of the period computes its scores");
        }
        return compute(periodId, "RECOMPUTE");
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
        List<UnitResult> all = repository.units(run.get().id(), patterns(caller), previousRanks(period));
        List<UnitResult> shown = underPath == null || underPath.isBlank()
                ? all
                : all.stream().filter(u -> u.unitPath().startsWith(underPath)).toList();
        return new Results(period, run.get(), shown);
    }

    /** One criterion on a scorecard: its points and maximum, how they came about, and last period's points. */
    public record CriterionResult(
            Criterion criterion,
            int depth,
            String value,
            BigDecimal points,
            BigDecimal max,
            ScoringEngine.Basis basis,
            BigDecimal previousPoints) {}

    /** A unit's scorecard: its result, and each criterion of the framework in tree order. */
    public record Scorecard(PeriodSummary period, ScoreRun run, UnitResult unit, List<CriterionResult> criteria) {}

    /** The scorecard of a unit in the latest period the caller may read that scores it. */
    public Scorecard latestScorecard(ScopedPrincipal caller, long unitId) {
        for (long periodId : repository.periodsScoring(unitId)) {
            try {
                return scorecard(caller, periodId, unitId);
            } catch (vn.dtihub.shared.NotFoundException unreadable) {
                // A period (or a unit) outside the caller's scope: try an earlier one.
            }
        }
        throw new ScoreNotFoundException(0, unitId);
    }

    public Scorecard scorecard(ScopedPrincipal caller, long periodId, long unitId) {
        Results results = results(caller, periodId, null);
        UnitResult unit = results.units().stream()
                .filter(u -> u.unitId() == unitId)
                .findFirst()
                .orElseThrow(() -> new ScoreNotFoundException(periodId, unitId));
        Map<Long, ScoreRepository.CriterionRow> rows =
                repository.criteria(results.run().id(), unitId);
        Map<Long, ScoreRepository.CriterionRow> before = periods.previous(results.period())
                .flatMap(p -> repository.current(p.id()))
                .map(r -> repository.criteria(r.id(), unitId))
                .orElse(Map.of());
        List<Criterion> criteria = frameworks.criteriaOf(results.period().frameworkId());
        Map<Long, String> values = forms.approvedValues(periodId, unitId);
        Map<Long, Integer> depth = new HashMap<>();
        List<CriterionResult> out = new ArrayList<>();
        for (Criterion c : ScoringModel.of(criteria, List.of()).criteria()) {
            int d = c.parentId() == null ? 0 : depth.getOrDefault(c.parentId(), 0) + 1;
            depth.put(c.id(), d);
            ScoreRepository.CriterionRow row = rows.get(c.id());
            if (row == null) {
                continue;
            }
            ScoreRepository.CriterionRow was = before.get(c.id());
            out.add(new CriterionResult(
                    c, d, values.get(c.id()), row.points(), row.max(), row.basis(), was == null ? null : was.points()));
        }
        return new Scorecard(results.period(), results.run(), unit, out);
    }

    /** Communes are ranked among their like (wards, rural communes, special zones); provinces all together. */
    static String peerGroup(UnitView unit) {
        return unit != null && unit.level() == Level.COMMUNE ? unit.kindName() : null;
    }

    private static List<String> patterns(ScopedPrincipal caller) {
        if (caller.scope().national()) {
            return null;
        }
        List<String> out = new ArrayList<>(caller.scope().likePatterns());
        if (caller.seatPath() != null) {
            out.add(caller.seatPath());
        }
        return out;
    }

    private Map<Long, Map<String, Integer>> previousRanks(PeriodSummary period) {
        return periods.previous(period)
                .flatMap(p -> repository.current(p.id()))
                .map(r -> repository.ranks(r.id()))
                .orElse(Map.of());
    }

    /** What went in: the framework's criteria and views as they are now, and every approved value, in a fixed order. */
    static String fingerprint(
            List<Criterion> criteria, List<FrameworkView> views, List<ScoringInput.Subject> subjects) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            criteria.stream()
                    .sorted(Comparator.comparingLong(Criterion::id))
                    .forEach(c -> sha.update((c.id() + ":" + c.version() + ";").getBytes(StandardCharsets.UTF_8)));
            for (FrameworkView v : views) {
                sha.update(("V" + v.code() + v.overall()).getBytes(StandardCharsets.UTF_8));
                v.items()
                        .forEach(i -> sha.update((i.criterionId() + "×"
                                        + i.weight().stripTrailingZeros().toPlainString())
                                .getBytes(StandardCharsets.UTF_8)));
            }
            subjects.stream()
                    .sorted(Comparator.comparing(ScoringInput.Subject::path))
                    .forEach(s -> {
                        sha.update(("U" + s.unitId()).getBytes(StandardCharsets.UTF_8));
                        new TreeMap<>(s.values())
                                .forEach((c, v) -> sha.update((c + "=" + v).getBytes(StandardCharsets.UTF_8)));
                    });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
