package vn.dtihub.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.reporting.ScoringInput;
import vn.dtihub.scoring.CriterionResult;
import vn.dtihub.scoring.Scorecard;
import vn.dtihub.scoring.Scoring;
import vn.dtihub.scoring.UnitResult;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * What leaders ask of a stored result, computed on demand and never stored: what the score would be with some values
 * changed (what-if), where a unit loses the most points and what it takes to reach a rank (levers), and how solid the
 * ranks are when the views' weights move (robustness). Reads through {@link Scoring}, so the same scope rules apply.
 */
@Service
public class ScoreAnalysis {

    private final Scoring scoring;
    private final Scorecards scorecards;
    private final Runs runs;
    private final ScoreRepository repository;
    private final Frameworks frameworks;
    private final Reporting reporting;

    ScoreAnalysis(
            Scoring scoring,
            Scorecards scorecards,
            Runs runs,
            ScoreRepository repository,
            Frameworks frameworks,
            Reporting reporting) {
        this.scoring = scoring;
        this.scorecards = scorecards;
        this.runs = runs;
        this.repository = repository;
        this.frameworks = frameworks;
        this.reporting = reporting;
    }

    /** A unit's score as it is and as it would be with some values changed; nothing is saved. */
    public record WhatIf(UnitResult now, List<UnitResult.ViewResult> then) {}

    /**
     * Scores a unit with some of its approved values replaced, against its peers as they stand in the current run
     * (their indices, not recomputed): the new points, index and rank of each view. Nothing is stored.
     */
    public WhatIf whatIf(ScopedPrincipal caller, long periodId, long unitId, Map<Long, ScoringEngine.Value> changes) {
        Scoring.Results results = scoring.results(caller, periodId, null);
        UnitResult unit = results.units().stream()
                .filter(u -> u.unitId() == unitId)
                .findFirst()
                .orElseThrow(() -> new ScoreNotFoundException(periodId, unitId));
        long frameworkId = results.run().frameworkId();
        Map<Long, Long> mapping = runs.criterionMapping(results.period(), frameworkId);
        List<Criterion> criteria = frameworks.criteriaOf(frameworkId);
        List<FrameworkView> views = frameworks.viewsOf(frameworkId);
        vn.dtihub.frameworks.RankTies ties = frameworks.rankTiesOf(frameworkId);
        java.util.Set<Long> known = new java.util.HashSet<>();
        criteria.forEach(c -> known.add(c.id()));
        for (Long id : changes.keySet()) {
            if (!known.contains(id)) {
                throw new InvalidInputException("values", "scoring.unknownCriterion", "Unknown criterion " + id);
            }
        }
        boolean relative =
                criteria.stream().anyMatch(c -> c.rule() instanceof vn.dtihub.frameworks.ScoringRule.RelativeToPeers);
        // A criterion scored relative to peers needs the peers' values; otherwise the unit alone is scored.
        ScoringInput in = relative ? reporting.scoringInput(periodId) : reporting.scoringInput(periodId, unitId);
        List<ScoringEngine.UnitInput> inputs = new ArrayList<>();
        for (ScoringInput.Subject s : in.subjects()) {
            Map<Long, ScoringEngine.Value> values = new HashMap<>();
            vn.dtihub.scoring.domain.Runs.remap(s.values(), mapping)
                    .forEach((c, v) -> values.put(c, new ScoringEngine.Value(v.input(), v.reviewerPoints())));
            if (s.unitId() == unitId) {
                values.putAll(changes);
            }
            inputs.add(new ScoringEngine.UnitInput(s.path(), unit.peerGroup(), values));
        }
        List<ScoringEngine.UnitScore> scored;
        try {
            scored = ScoringEngine.score(ScoringModel.of(criteria, views, ties), inputs);
        } catch (ScoringInputException e) {
            throw new InvalidInputException("values", "scoring.invalid", e.getMessage());
        }
        ScoringEngine.UnitScore mine = scored.stream()
                .filter(s -> s.unit().equals(unit.unitPath()))
                .findFirst()
                .orElseThrow();
        List<UnitResult> peers = results.units().stream()
                .filter(u -> u.unitId() != unitId && java.util.Objects.equals(u.peerGroup(), unit.peerGroup()))
                .filter(UnitResult::enoughData)
                .toList();
        List<UnitResult.ViewResult> then = new ArrayList<>();
        for (ScoringEngine.ViewScore v : mine.views()) {
            Integer rank = null;
            if (mine.enoughData() && v.index() != null) {
                rank = 1
                        + (int) peers.stream()
                                .map(p -> p.view(v.code()))
                                .filter(p -> p != null
                                        && p.index() != null
                                        && ScoringEngine.rankKey(p.index(), ties)
                                                        .compareTo(ScoringEngine.rankKey(v.index(), ties))
                                                > 0)
                                .count();
            }
            UnitResult.ViewResult was = unit.view(v.code());
            then.add(new UnitResult.ViewResult(
                    v.code(),
                    was == null ? v.code() : was.name(),
                    v.overall(),
                    v.points(),
                    v.max(),
                    v.index(),
                    rank,
                    peers.size() + 1,
                    rank == null || was == null || was.rank() == null ? null : was.rank() - rank));
        }
        return new WhatIf(unit, then);
    }

    /** Where a unit loses points, and what it would take to reach a rank among its peers. */
    public record Levers(
            UnitResult unit,
            List<vn.dtihub.scoring.domain.Levers.Lever> criteria,
            vn.dtihub.scoring.domain.Levers.Gap gap) {}

    public Levers levers(ScopedPrincipal caller, long periodId, long unitId, Integer targetRank) {
        return levers(caller, scorecards.scorecard(caller, periodId, unitId), targetRank);
    }

    /** The same from a scorecard already read (the scorecard page shows both). */
    public Levers levers(ScopedPrincipal caller, Scorecard card, Integer targetRank) {
        long periodId = card.period().id();
        long unitId = card.unit().unitId();
        List<FrameworkView> views = frameworks.viewsOf(card.run().frameworkId());
        FrameworkView overall =
                views.stream().filter(FrameworkView::overall).findFirst().orElse(null);
        Map<Long, BigDecimal> weights = new HashMap<>();
        if (overall != null) {
            overall.items().forEach(i -> weights.put(i.criterionId(), i.weight()));
        }
        Map<Long, Long> parents = new HashMap<>();
        card.criteria()
                .forEach(c -> parents.put(c.criterion().id(), c.criterion().parentId()));
        List<vn.dtihub.scoring.domain.Levers.Leaf> leaves = new ArrayList<>();
        for (CriterionResult c : card.criteria()) {
            if (c.basis() == ScoringEngine.Basis.TOTAL
                    || c.basis() == ScoringEngine.Basis.UNSCORED
                    || c.basis() == ScoringEngine.Basis.EXCLUDED) {
                continue;
            }
            // The weight of the nearest branch (or the leaf itself) the overall view counts.
            BigDecimal weight = BigDecimal.ZERO;
            for (Long at = c.criterion().id(); at != null; at = parents.get(at)) {
                if (weights.containsKey(at)) {
                    weight = weights.get(at);
                    break;
                }
            }
            leaves.add(new vn.dtihub.scoring.domain.Levers.Leaf(
                    c.criterion().id(), c.criterion().code(), c.points(), c.max(), weight));
        }
        UnitResult.ViewResult mine = card.unit().overall();
        vn.dtihub.scoring.domain.Levers.Gap gap = null;
        if (targetRank != null && mine != null) {
            List<BigDecimal> peers = scoring.results(caller, periodId, null).units().stream()
                    .filter(u -> u.unitId() != unitId
                            && java.util.Objects.equals(
                                    u.peerGroup(), card.unit().peerGroup())
                            && u.enoughData()
                            && u.overall() != null
                            && u.overall().index() != null)
                    .map(u -> u.overall().index())
                    .toList();
            try {
                gap = vn.dtihub.scoring.domain.Levers.gap(
                        targetRank, mine.rank() == null ? 0 : mine.rank(), mine.points(), mine.max(), peers, leaves);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("target", "scoring.targetInvalid", e.getMessage());
            }
        }
        return new Levers(card.unit(), vn.dtihub.scoring.domain.Levers.byStake(leaves), gap);
    }

    /** Rank bands of the units the caller may read, within each peer group. */
    public record Bands(
            PeriodSummary period,
            double range,
            int draws,
            long seed,
            List<vn.dtihub.scoring.domain.Robustness.Band> bands,
            Map<String, String> names) {}

    /** The most draws one request may ask for: 10,000 keeps a nationwide run within a few seconds. */
    public static final int MAX_DRAWS = 10_000;

    public Bands robustness(
            ScopedPrincipal caller, long periodId, String underPath, double range, int draws, long seed) {
        if (!(range > 0 && range <= 1)) {
            throw new InvalidInputException(
                    "range", "error.typeMismatch", "range is a share above 0, at most 1 (0.2 = ±20 %)");
        }
        if (draws < 10 || draws > MAX_DRAWS) {
            throw new InvalidInputException("draws", "error.typeMismatch", "draws is 10 to " + MAX_DRAWS);
        }
        Scoring.Results results = scoring.results(caller, periodId, underPath);
        if (results.run() == null) {
            return new Bands(results.period(), range, draws, seed, List.of(), Map.of());
        }
        FrameworkView overall = frameworks.viewsOf(results.run().frameworkId()).stream()
                .filter(FrameworkView::overall)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("view", "scoring.noOverallView", "No overall view"));
        List<Long> items =
                overall.items().stream().map(FrameworkView.Item::criterionId).toList();
        double[] weights = overall.items().stream()
                .mapToDouble(i -> i.weight().doubleValue())
                .toArray();
        Map<Long, Map<Long, ScoreRepository.CriterionRow>> rows = repository.criteria(
                results.run().id(),
                results.units().stream().map(UnitResult::unitId).toList());
        Map<String, List<vn.dtihub.scoring.domain.Robustness.Unit>> groups = new java.util.LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (UnitResult u : results.units()) {
            if (!u.enoughData()) {
                continue;
            }
            Map<Long, ScoreRepository.CriterionRow> mine = rows.getOrDefault(u.unitId(), Map.of());
            double[] points = new double[items.size()];
            double[] max = new double[items.size()];
            for (int k = 0; k < items.size(); k++) {
                ScoreRepository.CriterionRow r = mine.get(items.get(k));
                points[k] = r == null ? 0 : r.points().doubleValue();
                max[k] = r == null ? 0 : r.max().doubleValue();
            }
            groups.computeIfAbsent(u.peerGroup() == null ? "" : u.peerGroup(), g -> new ArrayList<>())
                    .add(new vn.dtihub.scoring.domain.Robustness.Unit(String.valueOf(u.unitId()), points, max));
            names.put(String.valueOf(u.unitId()), u.unitName());
        }
        List<vn.dtihub.scoring.domain.Robustness.Band> bands = new ArrayList<>();
        try {
            for (var group : groups.values()) {
                bands.addAll(vn.dtihub.scoring.domain.Robustness.bands(group, weights, range, draws, seed));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("range", "scoring.robustnessInvalid", e.getMessage());
        }
        return new Bands(results.period(), range, draws, seed, bands, names);
    }
}
