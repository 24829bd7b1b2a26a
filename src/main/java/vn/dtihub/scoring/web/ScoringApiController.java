package vn.dtihub.scoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.scoring.Ranking;
import vn.dtihub.scoring.ScoreRun;
import vn.dtihub.scoring.Scorecard;
import vn.dtihub.scoring.Scoring;
import vn.dtihub.scoring.UnitResult;
import vn.dtihub.scoring.domain.CarryOvers;
import vn.dtihub.scoring.domain.PeerGroup;
import vn.dtihub.scoring.domain.PeerGroups;
import vn.dtihub.scoring.domain.Runs;
import vn.dtihub.scoring.domain.ScoreAnalysis;
import vn.dtihub.scoring.domain.Scorecards;
import vn.dtihub.scoring.domain.ScoringEngine;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.Numbers;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Level;

@RestController
@Tag(name = "Scoring", description = "Scores, indices and ranks of a period; a unit's scorecard")
class ScoringApiController {

    private final Scoring scoring;
    private final Scorecards scorecards;
    private final Runs runs;
    private final ScoreAnalysis analysis;
    private final PeerGroups peerGroups;

    private final CarryOvers carryOvers;

    private final vn.dtihub.shared.Texts texts;

    ScoringApiController(
            Scoring scoring,
            Scorecards scorecards,
            Runs runs,
            ScoreAnalysis analysis,
            PeerGroups peerGroups,
            CarryOvers carryOvers,
            vn.dtihub.shared.Texts texts) {
        this.texts = texts;
        this.carryOvers = carryOvers;
        this.scoring = scoring;
        this.scorecards = scorecards;
        this.runs = runs;
        this.analysis = analysis;
        this.peerGroups = peerGroups;
    }

    @GetMapping("/api/v1/peer-groups")
    @Operation(summary = "Peer groups the caller may read: those its offices defined, and those defined above its unit")
    List<PeerGroup> peerGroups(@AuthenticationPrincipal ScopedPrincipal me) {
        return peerGroups.visible(me);
    }

    record PeerGroupRequest(String name, List<Long> unitIds) {}

    @PostMapping("/api/v1/peer-groups")
    @Operation(summary = "A standing office defines a peer group of units under its own unit (at least two)")
    ResponseEntity<PeerGroup> definePeerGroup(
            @RequestBody PeerGroupRequest body, @AuthenticationPrincipal ScopedPrincipal me) {
        return ResponseEntity.status(201).body(peerGroups.define(me, body.name(), body.unitIds()));
    }

    @DeleteMapping("/api/v1/peer-groups/{id}")
    @Operation(summary = "The owning office deletes a peer group")
    ResponseEntity<Void> deletePeerGroup(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        peerGroups.delete(me, id);
        return ResponseEntity.noContent().build();
    }

    /** The run a result comes from: which computation, when, provisional or not. */
    record Run(
            long id,
            int version,
            long frameworkId,
            Instant computedAt,
            boolean provisional,
            String reason,
            String fingerprint,
            Instant publishedAt) {
        static Run of(ScoreRun r) {
            return r == null
                    ? null
                    : new Run(
                            r.id(),
                            r.version(),
                            r.frameworkId(),
                            r.computedAt(),
                            r.provisional(),
                            r.reason(),
                            r.fingerprint(),
                            r.publishedAt());
        }
    }

    record Results(long periodId, String period, Run run, List<UnitResult> units) {}

    @GetMapping("/api/v1/results")
    @Operation(
            summary = "A period's scores: each unit of the caller's scope with its views as points, maximum, 0–1"
                    + " index, rank among its peers and rank change; `run` is null until the period has been computed,"
                    + " `provisional` for a quarter's data. `period`, or `framework` alone for its latest scored"
                    + " period (both: they must match); `scope` (a unit code, such as 38 for Thanh Hóa) or `under`"
                    + " (a unit path) narrows to a subtree, `level` (PROVINCE, DISTRICT, COMMUNE) to one level; with"
                    + " `group` (a peer group id), its members ranked among themselves")
    Results results(
            @RequestParam(required = false) Long period,
            @RequestParam(required = false) Long framework,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String under,
            @RequestParam(required = false) Long group,
            @RequestParam(required = false) Level level,
            @AuthenticationPrincipal ScopedPrincipal me) {
        if (period == null && framework == null) {
            throw new InvalidInputException("period", "scoring.periodOrFramework", "period or framework");
        }
        long periodId = period != null ? period : scoring.latestScoredPeriod(me, framework);
        Scoring.Results r;
        if (group != null) {
            r = scoring.resultsWithin(me, periodId, peerGroups.get(me, group));
        } else {
            String path = scope == null || scope.isBlank() ? under : scoring.scopePath(me, periodId, scope);
            r = scoring.results(me, periodId, path);
        }
        if (framework != null && r.period().frameworkId() != framework) {
            throw new InvalidInputException(
                    "framework",
                    "scoring.frameworkMismatch",
                    "period " + periodId + " belongs to framework " + r.period().frameworkId() + ", not " + framework);
        }
        return new Results(
                r.period().id(),
                r.period().title(),
                Run.of(r.run()),
                level == null ? r.units() : Ranking.atLevel(r.units(), level, null));
    }

    record CriterionLine(
            long criterionId,
            String code,
            String name,
            int depth,
            String value,
            String rule,
            BigDecimal points,
            BigDecimal max,
            String basis,
            BigDecimal previousPoints,
            BigDecimal lastYearPoints,
            List<EvidenceLink> evidence,
            BigDecimal percent) {}

    /** A document or file backing an approved value, with where to download it (in the caller's scope). */
    record EvidenceLink(String title, String url) {

        static List<EvidenceLink> of(vn.dtihub.reporting.ApprovedEvidence e) {
            if (e == null) {
                return List.of();
            }
            List<EvidenceLink> out = new java.util.ArrayList<>();
            e.evidence()
                    .citations()
                    .forEach(d -> out.add(new EvidenceLink(
                            d.citation(), d.fileId() == null ? null : "/api/v1/evidence/" + d.id() + "/file")));
            e.evidence()
                    .files()
                    .forEach(f ->
                            out.add(new EvidenceLink(f.name(), "/api/v1/forms/" + e.formId() + "/files/" + f.id())));
            return out;
        }
    }

    record Explanation(long periodId, Run run, UnitResult unit, List<CriterionLine> criteria, UnitResult lastYear) {}

    @GetMapping("/api/v1/results/{unitId}/explain")
    @Operation(
            summary = "Why a unit has its score: every criterion with the approved value and what backs it (cited"
                    + " documents and attached files, with their download links), a ratio's percent, the rule, the"
                    + " points out of"
                    + " the maximum, how they came about (VALUE, TOTAL, MISSING_ZERO, EXCLUDED, MISSING_FLAGGED,"
                    + " UNSCORED) and last period's points; without `period`, the latest period the caller may read")
    Explanation explain(
            @PathVariable long unitId,
            @RequestParam(required = false) Long period,
            @RequestParam(defaultValue = "false") boolean english,
            @AuthenticationPrincipal ScopedPrincipal me) {
        Scorecard card =
                period == null ? scorecards.latestScorecard(me, unitId) : scorecards.scorecard(me, period, unitId);
        return new Explanation(
                card.period().id(),
                Run.of(card.run()),
                card.unit(),
                card.criteria().stream()
                        .map(c -> new CriterionLine(
                                c.criterion().id(),
                                c.criterion().code(),
                                c.criterion().name(),
                                c.depth(),
                                c.value(),
                                texts.of(
                                        c.criterion().explanation(),
                                        english ? java.util.Locale.ENGLISH : vn.dtihub.shared.VietnameseText.LOCALE),
                                c.points(),
                                c.max(),
                                c.basis().name(),
                                c.previousPoints(),
                                c.lastYearPoints(),
                                EvidenceLink.of(c.evidence()),
                                c.percent()))
                        .toList(),
                card.lastYear());
    }

    /** A changed value: what the rules read (numbers as typed, 99,9), or the reviewer's points. */
    record ChangedValue(
            long criterionId, String number, String denominator, Boolean yes, String choice, String reviewerPoints) {}

    record WhatIfRequest(long periodId, long unitId, List<ChangedValue> values) {}

    @PostMapping("/api/v1/whatif")
    @Operation(
            summary = "A unit's score and rank with some values changed, against its peers as they stand; nothing"
                    + " is saved")
    ScoreAnalysis.WhatIf whatIf(@RequestBody WhatIfRequest body, @AuthenticationPrincipal ScopedPrincipal me) {
        Map<Long, ScoringEngine.Value> changes = new HashMap<>();
        for (ChangedValue v : body.values() == null ? List.<ChangedValue>of() : body.values()) {
            changes.put(
                    v.criterionId(),
                    new ScoringEngine.Value(
                            new ScoringRule.RuleInput(
                                    Numbers.optional(v.number(), "number", "value.notNumber"),
                                    Numbers.optional(v.denominator(), "denominator", "value.notNumber"),
                                    v.yes(),
                                    v.choice()),
                            Numbers.optional(v.reviewerPoints(), "reviewerPoints", "value.notNumber")));
        }
        return analysis.whatIf(me, body.periodId(), body.unitId(), changes);
    }

    @GetMapping("/api/v1/results/{unitId}/levers")
    @Operation(
            summary = "Where the unit loses the most points (criteria by points at stake in the overall index) and,"
                    + " with `target`, the points it needs to reach that rank among its peers and the fewest"
                    + " criteria that hold them; without `period`, the latest period the caller may read")
    LeversView levers(
            @PathVariable long unitId,
            @RequestParam(required = false) Long period,
            @RequestParam(required = false) Integer target,
            @AuthenticationPrincipal ScopedPrincipal me) {
        return LeversView.of(
                analysis.levers(me, period == null ? scorecards.latestPeriod(me, unitId) : period, unitId, target));
    }

    /** A criterion the unit could gain on, as the API writes it (the engine's own records stay inside the module). */
    record LeverView(long criterionId, String code, BigDecimal points, BigDecimal max, BigDecimal atStake) {
        static LeverView of(vn.dtihub.scoring.domain.Levers.Lever l) {
            return new LeverView(l.criterionId(), l.code(), l.points(), l.max(), l.atStake());
        }
    }

    record GapView(
            int targetRank, int currentRank, BigDecimal pointsNeeded, List<LeverView> criteria, boolean reachable) {}

    record LeversView(UnitResult unit, List<LeverView> criteria, GapView gap) {
        static LeversView of(ScoreAnalysis.Levers l) {
            var g = l.gap();
            return new LeversView(
                    l.unit(),
                    l.criteria().stream().map(LeverView::of).toList(),
                    g == null
                            ? null
                            : new GapView(
                                    g.targetRank(),
                                    g.currentRank(),
                                    g.pointsNeeded(),
                                    g.criteria().stream().map(LeverView::of).toList(),
                                    g.reachable()));
        }
    }

    record BandView(long unitId, String unitName, int rank, int p5, int median, int p95) {}

    record Robustness(long periodId, double range, int draws, long seed, List<BandView> units) {}

    @GetMapping("/api/v1/rankings/{period}/robustness")
    @Operation(
            summary = "How solid the ranks are: the overall index's weights drawn `draws` times within ± `range`"
                    + " (a share, 0.2 = ±20 %), seeded; each unit's rank and its 5th–95th percentile band among its"
                    + " peers")
    Robustness robustness(
            @PathVariable long period,
            @RequestParam(defaultValue = "0.2") double range,
            @RequestParam(defaultValue = "1000") int draws,
            @RequestParam(defaultValue = "1") long seed,
            @RequestParam(required = false) String under,
            @AuthenticationPrincipal ScopedPrincipal me) {
        ScoreAnalysis.Bands b = analysis.robustness(me, period, under, range, draws, seed);
        return new Robustness(
                period,
                range,
                draws,
                seed,
                b.bands().stream()
                        .map(x -> new BandView(
                                Long.parseLong(x.unit()),
                                b.names().get(x.unit()),
                                x.rank(),
                                x.p5(),
                                x.median(),
                                x.p95()))
                        .toList());
    }

    @GetMapping("/api/v1/results/carried")
    @Operation(
            summary = "A year's results on the structure before 1 July 2025 (this period's and those of the other"
                    + " periods of its year and framework) carried to the units that replaced them: each view's index"
                    + " is the mean of the predecessors' (the DTI 2024 rule), at full precision, with the old units it"
                    + " came from. `predecessors`/`withResult` say how many old units there were and had a result,"
                    + " `missing` names the others; such a partial figure has no `rank` unless `partial=true`")
    List<CarryOvers.Carried> carried(
            @RequestParam long period,
            @RequestParam(defaultValue = "false") boolean partial,
            @AuthenticationPrincipal ScopedPrincipal me) {
        return carryOvers.carried(me, period, partial);
    }

    @PostMapping("/api/v1/periods/{id}/scores")
    @Operation(
            summary = "The standing office computes the period's scores now; the same inputs as the current run give"
                    + " that run back, anything else a new run (the old ones are kept). With `framework` (a published"
                    + " later version of the period's framework: a correction), the period is scored under it from now"
                    + " on, its approved values carried through the crosswalk; the period's own framework goes back")
    Run compute(
            @PathVariable long id,
            @RequestParam(required = false) Long framework,
            @AuthenticationPrincipal ScopedPrincipal me) {
        return Run.of(framework == null ? runs.recompute(me, id) : runs.rescoreUnder(me, id, framework));
    }

    record Version(long id, String name, String versionLabel, String decisionNumber) {}

    @GetMapping("/api/v1/periods/{id}/scores/frameworks")
    @Operation(summary = "The corrected versions of the period's framework it may be scored under, newest first")
    List<Version> correctedVersions(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return runs.correctedVersions(me, id).stream()
                .map(f -> new Version(f.id(), f.name(), f.versionLabel(), f.decisionNumber()))
                .toList();
    }

    @PostMapping("/api/v1/periods/{id}/scores/publish")
    @Operation(
            summary = "The standing office makes the period's current results public: the public page and the open"
                    + " data show them (409 while nothing is computed)")
    Run publish(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return Run.of(runs.publish(me, id));
    }

    @GetMapping("/api/v1/periods/{id}/scores/runs")
    @Operation(summary = "Every computation of the period's scores, newest first")
    List<Run> runs(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return runs.runs(me, id).stream().map(Run::of).toList();
    }
}
