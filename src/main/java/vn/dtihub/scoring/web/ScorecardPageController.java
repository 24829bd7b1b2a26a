package vn.dtihub.scoring.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.frameworks.Assignment;
import vn.dtihub.frameworks.AssignmentRole;
import vn.dtihub.frameworks.Assignments;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.TaskInput;
import vn.dtihub.scoring.CriterionResult;
import vn.dtihub.scoring.Scorecard;
import vn.dtihub.scoring.ScorecardDocument;
import vn.dtihub.scoring.Scoring;
import vn.dtihub.scoring.UnitResult;
import vn.dtihub.scoring.domain.ScoreAnalysis;
import vn.dtihub.scoring.domain.Scorecards;
import vn.dtihub.scoring.domain.ScoringEngine;
import vn.dtihub.scoring.domain.Trends;
import vn.dtihub.shared.ChartData;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.Numbers;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * A unit's scorecard pages: its views and every criterion (value, rule, points, against last period and last year),
 * what would move it (with one click to a task of its plan), a what-if sandbox, and the PDF.
 */
@Controller
class ScorecardPageController {

    /** Plans' task texts are official wording: in Vietnamese whatever the reader's language. */
    private final Scoring scoring;

    private final Trends trends;
    private final Scorecards scorecards;
    private final ScoreAnalysis analysis;
    private final MessageSource messages;
    private final Plans plans;
    private final Assignments assignments;
    private final ScorecardDocument pdf;

    ScorecardPageController(
            Scoring scoring,
            Trends trends,
            Scorecards scorecards,
            ScoreAnalysis analysis,
            MessageSource messages,
            Plans plans,
            Assignments assignments,
            ScorecardDocument pdf) {
        this.scoring = scoring;
        this.trends = trends;
        this.scorecards = scorecards;
        this.analysis = analysis;
        this.messages = messages;
        this.plans = plans;
        this.assignments = assignments;
        this.pdf = pdf;
    }

    /** How many criteria the page offers to move and to try values on. */
    static final int LEVERS = 10;

    @GetMapping("/periods/{id}/results/{unitId}")
    String scorecard(
            @PathVariable long id,
            @PathVariable long unitId,
            @RequestParam(required = false) Integer target,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            Locale locale) {
        Scorecard card = scorecards.scorecard(me, id, unitId);
        model.addAttribute("card", card);
        model.addAttribute("en", "en".equals(locale.getLanguage()));
        model.addAttribute(
                "radar",
                new ChartData(
                        card.unit().views().stream()
                                .map(UnitResult.ViewResult::name)
                                .toList(),
                        List.of(new ChartData.Series(
                                card.unit().unitName(),
                                card.unit().views().stream()
                                        .map(v -> (Number) (v.index() == null ? 0 : v.index()))
                                        .toList())),
                        1));
        model.addAttribute(
                "unitTrend",
                Scoring.chart(trends.unitTrend(me, card), messages.getMessage("scoring.chart.index", null, locale)));
        model.addAttribute("charts", true);
        ScoreAnalysis.Levers levers;
        try {
            levers = analysis.levers(me, card, target);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorDetail", e.getMessage());
            levers = analysis.levers(me, card, null);
        }
        Map<Long, Criterion> byId = new HashMap<>();
        card.criteria().forEach(c -> byId.put(c.criterion().id(), c.criterion()));
        List<Criterion> top = levers.criteria().stream()
                .limit(LEVERS)
                .map(l -> byId.get(l.criterionId()))
                .toList();
        model.addAttribute("levers", levers.criteria().stream().limit(LEVERS).toList());
        model.addAttribute("leverCriteria", byId);
        model.addAttribute("sandbox", top);
        model.addAttribute("gap", levers.gap());
        model.addAttribute("target", target);
        // Only a standing office adds tasks to plans; others read the levers without the button.
        model.addAttribute("assigns", me.administers());
        return "scoring/scorecard";
    }

    /**
     * The sandbox: the unit's score with the values typed in, against its peers as they stand; nothing is saved. From
     * htmx the result alone comes back; without script, the whole scorecard with it.
     */
    @PostMapping("/periods/{id}/results/{unitId}/whatif")
    String whatIf(
            @PathVariable long id,
            @PathVariable long unitId,
            @RequestParam Map<String, String> form,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            Locale locale) {
        Map<Long, ScoringEngine.Value> changes = new HashMap<>();
        Map<Long, String[]> typed = new HashMap<>();
        form.forEach((name, value) -> {
            String[] parts = name.split("-");
            // Fields named v-{criterion}-{n|d|y}; any other name is not the sandbox's and is ignored.
            if (parts.length == 3
                    && parts[0].equals("v")
                    && parts[1].matches("[0-9]{1,18}")
                    && value != null
                    && !value.isBlank()) {
                long criterion = Long.parseLong(parts[1]);
                String[] fields = typed.computeIfAbsent(criterion, k -> new String[3]);
                switch (parts[2]) {
                    case "n" -> fields[0] = value;
                    case "d" -> fields[1] = value;
                    case "y" -> fields[2] = value;
                    default -> {}
                }
            }
        });
        try {
            typed.forEach((criterion, f) -> changes.put(
                    criterion,
                    ScoringEngine.Value.of(new ScoringRule.RuleInput(
                            Numbers.optional(f[0], "v-" + criterion + "-n", "value.notNumber"),
                            Numbers.optional(f[1], "v-" + criterion + "-d", "value.notNumber"),
                            f[2] == null ? null : "true".equals(f[2]),
                            null))));
            model.addAttribute("whatIf", analysis.whatIf(me, id, unitId, changes));
        } catch (InvalidInputException e) {
            model.addAttribute("whatIfError", e.messageKey());
            model.addAttribute("whatIfDetail", e.getMessage());
        }
        if ("true".equals(htmx)) {
            return "scoring/scorecard :: whatif";
        }
        return scorecard(id, unitId, null, me, model, locale);
    }

    /**
     * A criterion the unit loses points on becomes a task of its current plan (the latest of its own not superseded),
     * led by the agency the framework's assignment table names for it.
     */
    @PostMapping("/periods/{id}/results/{unitId}/task")
    String task(
            @PathVariable long id,
            @PathVariable long unitId,
            @RequestParam(required = false) Long criterionId,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        // The unit's result first: another scope's unit is not found, whatever the request carries.
        Scorecard card = scorecards.scorecard(me, id, unitId);
        CriterionResult c = card.criteria().stream()
                .filter(x -> criterionId != null && x.criterion().id() == criterionId)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "criterionId", "scoring.unknownCriterion", String.valueOf(criterionId)));
        int year = card.period().coversTo().getYear();
        Optional<PlanSummary> plan = plans
                .list(me, null, null, null, card.unit().unitPath())
                .stream()
                .filter(p -> p.issuerPath().equals(card.unit().unitPath()))
                .filter(p -> p.status() != PlanStatus.SUPERSEDED && p.yearFrom() <= year && year <= p.yearTo())
                .max(Comparator.comparing(PlanSummary::id));
        if (plan.isEmpty()) {
            redirect.addAttribute("id", id);
            redirect.addAttribute("unitId", unitId);
            redirect.addFlashAttribute("error", "scoring.noPlan");
            redirect.addFlashAttribute("errorDetail", String.valueOf(year));
            return "redirect:/periods/{id}/results/{unitId}";
        }
        // The assignment table of the version the run used, else the period's own (a corrected version may have
        // none of its own yet); matched by code, which a correction keeps.
        List<Assignment> table =
                assignments.within(card.run().frameworkId(), card.unit().unitPath());
        if (table.isEmpty()) {
            table = assignments.within(card.period().frameworkId(), card.unit().unitPath());
        }
        Long lead = table.stream()
                .filter(a -> a.criterionCode().equals(c.criterion().code())
                        && a.role() == AssignmentRole.LEAD
                        && a.agencyId() != null)
                .map(Assignment::agencyId)
                .findFirst()
                .orElse(null);
        String text = text(
                "scoring.taskText",
                c.criterion().code(),
                c.criterion().name(),
                c.points().stripTrailingZeros().toPlainString().replace('.', ','),
                c.max().stripTrailingZeros().toPlainString().replace('.', ','));
        try {
            plans.addTask(
                    me,
                    plan.get().id(),
                    new TaskInput(
                            null,
                            null,
                            text,
                            null,
                            text(
                                    "scoring.taskResult",
                                    c.max().stripTrailingZeros().toPlainString().replace('.', ',')),
                            text("scoring.taskDeadline", String.valueOf(year)),
                            lead,
                            lead == null ? UnitResult.codeOf(card.unit().unitPath()) : null,
                            null,
                            null,
                            null,
                            List.of(criterionId),
                            null,
                            null,
                            null));
        } catch (InvalidInputException
                | vn.dtihub.shared.ConflictException
                | org.springframework.security.access.AccessDeniedException e) {
            redirect.addAttribute("id", id);
            redirect.addAttribute("unitId", unitId);
            redirect.addFlashAttribute("error", "scoring.taskRefused");
            redirect.addFlashAttribute("errorDetail", e.getMessage());
            return "redirect:/periods/{id}/results/{unitId}";
        }
        redirect.addFlashAttribute("success", "scoring.taskAdded");
        redirect.addAttribute("plan", plan.get().id());
        return "redirect:/plans/{plan}";
    }

    @GetMapping("/periods/{id}/results/{unitId}/pdf")
    ResponseEntity<byte[]> scorecardPdf(
            @PathVariable long id, @PathVariable long unitId, @AuthenticationPrincipal ScopedPrincipal me) {
        Scorecard card = scorecards.scorecard(me, id, unitId);
        return pdf.download(card, true);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, vn.dtihub.shared.VietnameseText.LOCALE);
    }
}
