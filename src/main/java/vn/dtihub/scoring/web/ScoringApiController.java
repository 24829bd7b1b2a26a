package vn.dtihub.scoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.scoring.ScoreRun;
import vn.dtihub.scoring.Scoring;
import vn.dtihub.scoring.UnitResult;
import vn.dtihub.shared.ScopedPrincipal;

@RestController
@Tag(name = "Scoring", description = "Scores, indices and ranks of a period; a unit's scorecard")
class ScoringApiController {

    private final Scoring scoring;

    ScoringApiController(Scoring scoring) {
        this.scoring = scoring;
    }

    /** The run a result comes from: which computation, when, provisional or not. */
    record Run(long id, int version, Instant computedAt, boolean provisional, String reason, String fingerprint) {
        static Run of(ScoreRun r) {
            return r == null
                    ? null
                    : new Run(r.id(), r.version(), r.computedAt(), r.provisional(), r.reason(), r.fingerprint());
        }
    }

    record Results(long periodId, String period, Run run, List<UnitResult> units) {}

    @GetMapping("/api/v1/results")
    @Operation(
            summary = "A period's scores: each unit of the caller's scope (narrowed to `under`, a unit path) with its"
                    + " views as points, maximum, 0–1 index, rank among its peers and rank change; `run` is null"
                    + " until the period has been computed, `provisional` for a quarter's data")
    Results results(
            @RequestParam long period,
            @RequestParam(required = false) String under,
            @AuthenticationPrincipal ScopedPrincipal me) {
        Scoring.Results r = scoring.results(me, period, under);
        return new Results(r.period().id(), r.period().title(), Run.of(r.run()), r.units());
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
            BigDecimal previousPoints) {}

    record Explanation(long periodId, Run run, UnitResult unit, List<CriterionLine> criteria) {}

    @GetMapping("/api/v1/results/{unitId}/explain")
    @Operation(
            summary = "Why a unit has its score: every criterion with the approved value, the rule, the points out of"
                    + " the maximum, how they came about (VALUE, TOTAL, MISSING_ZERO, EXCLUDED, MISSING_FLAGGED,"
                    + " UNSCORED) and last period's points; without `period`, the latest period the caller may read")
    Explanation explain(
            @PathVariable long unitId,
            @RequestParam(required = false) Long period,
            @RequestParam(defaultValue = "false") boolean english,
            @AuthenticationPrincipal ScopedPrincipal me) {
        Scoring.Scorecard card =
                period == null ? scoring.latestScorecard(me, unitId) : scoring.scorecard(me, period, unitId);
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
                                c.criterion().explain(english),
                                c.points(),
                                c.max(),
                                c.basis().name(),
                                c.previousPoints()))
                        .toList());
    }

    @PostMapping("/api/v1/periods/{id}/scores")
    @Operation(
            summary = "The standing office computes the period's scores now; the same inputs as the current run give"
                    + " that run back, anything else a new run (the old ones are kept)")
    Run compute(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return Run.of(scoring.recompute(me, id));
    }

    @GetMapping("/api/v1/periods/{id}/scores/runs")
    @Operation(summary = "Every computation of the period's scores, newest first")
    List<Run> runs(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return scoring.runs(me, id).stream().map(Run::of).toList();
    }
}
