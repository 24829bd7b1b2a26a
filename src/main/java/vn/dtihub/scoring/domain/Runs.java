package vn.dtihub.scoring.domain;

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
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.reporting.ScoringInput;
import vn.dtihub.scoring.ScoreRun;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/** A period's score runs: computed from the approved values by the engine, one at a time, a new run only when the framework or the values changed; rescored under a corrected version, published, listed. */
@Service
public class Runs {

    private final ScoreRepository repository;
    private final PendingScores pendingScores;
    private final Frameworks frameworks;
    private final Reporting reporting;
    private final Units units;
    private final AuditTrail audit;

    Runs(
            ScoreRepository repository,
            PendingScores pendingScores,
            Frameworks frameworks,
            Reporting reporting,
            Units units,
            AuditTrail audit) {
        this.repository = repository;
        this.pendingScores = pendingScores;
        this.frameworks = frameworks;
        this.reporting = reporting;
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
        pendingScores.lockComputation(periodId);
        ScoringInput in = reporting.scoringInput(periodId);
        PeriodSummary period = in.period();
        // The period's own framework, or the corrected version a standing office chose, the values carried to it.
        long frameworkId = pendingScores.scoringFramework(periodId).orElse(period.frameworkId());
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
            inputs.add(new ScoringEngine.UnitInput(s.path(), Readings.peerGroup(unitsById.get(s.unitId())), values));
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
        return correctedVersions(caller, reporting.get(caller, periodId));
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
        PeriodSummary period = reporting.get(caller, periodId);
        if (!reporting.manages(caller, period)) {
            throw new AccessDeniedException("Only the standing office of the period computes its scores");
        }
        boolean own = frameworkId == period.frameworkId();
        if (!own && correctedVersions(caller, period).stream().noneMatch(f -> f.id() == frameworkId)) {
            throw new InvalidInputException(
                    "framework",
                    "scoring.notLaterVersion",
                    "framework " + frameworkId + " is not a published later version of " + period.frameworkId());
        }
        pendingScores.chooseFramework(periodId, frameworkId, own, caller.username());
        audit.record(AuditRecord.of("SCORING_FRAMEWORK_CHOSEN", "reporting_period", periodId, period.scopePath())
                .withDetail(period.title() + ": framework " + frameworkId));
        return compute(periodId, own ? "RECOMPUTE" : "FRAMEWORK_CORRECTED");
    }

    /** A standing office computes its period's scores again now (after a framework correction, say). */
    @Transactional
    public ScoreRun recompute(ScopedPrincipal caller, long periodId) {
        PeriodSummary period = reporting.get(caller, periodId);
        if (!reporting.manages(caller, period)) {
            throw new AccessDeniedException("Only the standing office of the period computes its scores");
        }
        return compute(periodId, "RECOMPUTE");
    }

    /** The standing office makes the period's current results public (the public page and the open data). */
    @Transactional
    public ScoreRun publish(ScopedPrincipal caller, long periodId) {
        PeriodSummary period = reporting.get(caller, periodId);
        if (!reporting.manages(caller, period)) {
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

    /** Marks a period to be computed by the next pass of the job. */
    @Transactional
    public void markPending(long periodId) {
        pendingScores.markPending(periodId);
    }

    /** The runs of a period the caller may read, newest first. */
    public List<ScoreRun> runs(ScopedPrincipal caller, long periodId) {
        reporting.get(caller, periodId);
        return repository.runs(periodId);
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
