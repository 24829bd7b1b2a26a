package vn.dtihub.scoring.web;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.documents.Sheet;
import vn.dtihub.documents.Workbooks;
import vn.dtihub.reporting.Periods;
import vn.dtihub.scoring.Scoring;
import vn.dtihub.scoring.UnitResult;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * The results pages: a period's ranking (overall and per pillar, among peers, with rank changes, sortable, in xlsx)
 * and a unit's scorecard (each criterion with its value, rule and points, against last period).
 */
@Controller
class ScoringPageController {

    /** Exports are official documents: in Vietnamese whatever the reader's language. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Scoring scoring;
    private final Periods periods;
    private final Workbooks workbooks;
    private final MessageSource messages;

    ScoringPageController(Scoring scoring, Periods periods, Workbooks workbooks, MessageSource messages) {
        this.scoring = scoring;
        this.periods = periods;
        this.workbooks = workbooks;
        this.messages = messages;
    }

    @GetMapping("/results")
    String periodsWithResults(@AuthenticationPrincipal ScopedPrincipal me, Model model) {
        model.addAttribute("periods", periods.list(me));
        return "scoring/periods";
    }

    @GetMapping("/periods/{id}/results")
    String results(
            @PathVariable long id,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String sort,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model) {
        Scoring.Results results = scoring.results(me, id, null);
        List<String> views = results.units().isEmpty()
                ? List.of()
                : results.units().get(0).views().stream()
                        .map(UnitResult.ViewResult::code)
                        .toList();
        String by = sort != null && views.contains(sort) ? sort : views.isEmpty() ? null : views.get(0);
        model.addAttribute("period", results.period());
        model.addAttribute("run", results.run());
        model.addAttribute("units", ranked(results.units(), group, by));
        model.addAttribute(
                "views",
                results.units().isEmpty() ? List.of() : results.units().get(0).views());
        model.addAttribute(
                "groups",
                new TreeSet<>(results.units().stream()
                        .map(UnitResult::peerGroup)
                        .filter(g -> g != null)
                        .toList()));
        model.addAttribute("group", group);
        model.addAttribute("sort", by);
        model.addAttribute("manages", periods.manages(me, results.period()));
        return "scoring/results";
    }

    /** The units of a peer group (all when none is chosen), by their rank in a view; the unranked last. */
    static List<UnitResult> ranked(List<UnitResult> units, String group, String view) {
        return units.stream()
                .filter(u -> group == null || group.isBlank() || group.equals(u.peerGroup()))
                .sorted(Comparator.comparing((UnitResult u) ->
                                u.view(view) == null || u.view(view).rank() == null
                                        ? Integer.MAX_VALUE
                                        : u.view(view).rank())
                        .thenComparing(UnitResult::unitName))
                .toList();
    }

    @PostMapping("/periods/{id}/results/compute")
    String compute(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me, RedirectAttributes redirect) {
        try {
            var run = scoring.recompute(me, id);
            redirect.addFlashAttribute("success", "scoring.computed");
            redirect.addFlashAttribute("successCount", run.version());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorDetail", e.getMessage());
        }
        redirect.addAttribute("id", id);
        return "redirect:/periods/{id}/results";
    }

    @GetMapping("/periods/{id}/results/export")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @RequestParam(required = false) String group,
            @AuthenticationPrincipal ScopedPrincipal me) {
        Scoring.Results results = scoring.results(me, id, null);
        List<UnitResult.ViewResult> views =
                results.units().isEmpty() ? List.of() : results.units().get(0).views();
        List<String> headers =
                new ArrayList<>(List.of(text("scoring.rank"), text("scoring.unit"), text("scoring.group")));
        for (UnitResult.ViewResult v : views) {
            headers.add(v.name() + " – " + text("scoring.index"));
            headers.add(v.name() + " – " + text("scoring.points"));
            headers.add(v.name() + " – " + text("scoring.rank"));
        }
        headers.add(text("scoring.enoughData"));
        List<List<Object>> rows = new ArrayList<>();
        for (UnitResult u : ranked(
                results.units(), group, views.isEmpty() ? null : views.get(0).code())) {
            List<Object> row = new ArrayList<>();
            row.add(u.overall() == null ? null : u.overall().rank());
            row.add(u.unitName());
            row.add(u.peerGroup());
            for (UnitResult.ViewResult v : u.views()) {
                row.add(v.index() == null ? null : v.index().setScale(4, RoundingMode.HALF_UP));
                row.add(v.points());
                row.add(v.rank());
            }
            row.add(u.enoughData() ? text("common.yes") : text("scoring.notEnoughData") + ": " + u.flagged());
            rows.add(row);
        }
        List<String> title = List.of(
                text("scoring.title") + ": " + results.period().title(),
                results.run() == null
                        ? text("scoring.none")
                        : text(
                                        "scoring.runLine",
                                        results.run().version(),
                                        results.run().computedAt())
                                + (results.run().provisional() ? " – " + text("scoring.provisional") : ""));
        List<Integer> widths = new ArrayList<>(List.of(8, 40, 14));
        views.forEach(v -> widths.addAll(List.of(14, 12, 8)));
        widths.add(20);
        byte[] xlsx =
                workbooks.write(List.of(new Sheet(text("scoring.sheet"), title, headers, rows, widths, false, null)));
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("xep-hang-ky-" + id + ".xlsx")
                                .build()
                                .toString())
                .body(xlsx);
    }

    @GetMapping("/periods/{id}/results/{unitId}")
    String scorecard(
            @PathVariable long id,
            @PathVariable long unitId,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            Locale locale) {
        Scoring.Scorecard card = scoring.scorecard(me, id, unitId);
        model.addAttribute("card", card);
        model.addAttribute("en", "en".equals(locale.getLanguage()));
        return "scoring/scorecard";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VIETNAMESE);
    }
}
