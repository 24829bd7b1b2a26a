package vn.dtihub.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.CriterionNode;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.reporting.ApprovedEvidence;
import vn.dtihub.reporting.Entry;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.scoring.CriterionResult;
import vn.dtihub.scoring.ScoreRun;
import vn.dtihub.scoring.Scorecard;
import vn.dtihub.scoring.UnitResult;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Units;

/** A unit's scorecard: each criterion's points with its value, evidence and the points of the period before and of last year, within the caller's reading (or published, for anyone). */
@Service
public class Scorecards {

    private final ScoreRepository repository;
    private final Frameworks frameworks;
    private final Reporting reporting;
    private final Units units;
    private final Runs runs;

    Scorecards(ScoreRepository repository, Frameworks frameworks, Reporting reporting, Units units, Runs runs) {
        this.runs = runs;
        this.repository = repository;
        this.frameworks = frameworks;
        this.reporting = reporting;
        this.units = units;
    }

    /** The scorecard of a unit in the latest period the caller may read that scores it. */
    public Scorecard latestScorecard(ScopedPrincipal caller, long unitId) {
        return scorecard(caller, latestPeriod(caller, unitId), unitId);
    }

    /** The latest period whose current run scores the unit and whose result the caller may read. */
    public long latestPeriod(ScopedPrincipal caller, long unitId) {
        for (long periodId : repository.periodsScoring(unitId)) {
            try {
                // The same checks as a scorecard's, without building one to throw away.
                PeriodSummary period = reporting.get(caller, periodId);
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
        PeriodSummary period = reporting.get(caller, periodId);
        ScoreRun run = repository.current(periodId).orElseThrow(() -> new ScoreNotFoundException(periodId, unitId));
        Optional<ScoreRun> previousRun = reporting.previous(period).flatMap(p -> repository.current(p.id()));
        UnitResult unit = unitOf(caller, period, run, unitId, previousRun);
        Map<Long, ScoreRepository.CriterionRow> rows = repository.criteria(run.id(), unitId);
        Map<Long, ScoreRepository.CriterionRow> before =
                previousRun.map(r -> comparable(r, run, unitId)).orElse(Map.of());
        Optional<ScoreRun> lastYearRun = reporting.sameLastYear(period).flatMap(p -> repository.current(p.id()));
        Map<Long, ScoreRepository.CriterionRow> lastYear =
                lastYearRun.map(r -> comparable(r, run, unitId)).orElse(Map.of());
        UnitResult lastYearUnit = lastYearRun
                .flatMap(r -> repository.units(r.id(), List.of(unit.unitPath()), null).stream()
                        .findFirst())
                .orElse(null);
        Map<Long, Long> mapping = runs.criterionMapping(period, run.frameworkId());
        Map<Long, Entry> values = Runs.remap(reporting.approvedValues(periodId, unitId), mapping);
        Map<Long, ApprovedEvidence> backing = Runs.remap(reporting.approvedOf(caller, periodId, unitId), mapping);
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
}
