package vn.dtihub.scoring.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.scoring.Ranking;
import vn.dtihub.scoring.ScoreRun;
import vn.dtihub.scoring.Scoring;
import vn.dtihub.scoring.UnitResult;
import vn.dtihub.scoring.domain.CarryOvers;
import vn.dtihub.scoring.domain.PeerGroup;
import vn.dtihub.scoring.domain.PeerGroups;
import vn.dtihub.scoring.domain.Runs;
import vn.dtihub.scoring.domain.ScoreAnalysis;
import vn.dtihub.shared.Figures;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Level;

/**
 * The ranking pages of a period: overall and per pillar, among peers (by kind of unit or in a group an office
 * defines), with rank changes and rank bands, in xlsx; computing and publishing; results carried to the new units.
 */
@Controller
class ScoringPageController {

    /** Exports are official documents: in Vietnamese whatever the reader's language. */
    private final Scoring scoring;

    private final Runs runs;
    private final ScoreAnalysis analysis;
    private final Reporting reporting;
    private final Workbooks workbooks;
    private final MessageSource messages;
    private final PeerGroups peerGroups;
    private final CarryOvers carryOvers;

    ScoringPageController(
            Scoring scoring,
            Runs runs,
            ScoreAnalysis analysis,
            Reporting reporting,
            Workbooks workbooks,
            MessageSource messages,
            PeerGroups peerGroups,
            CarryOvers carryOvers) {
        this.peerGroups = peerGroups;
        this.carryOvers = carryOvers;
        this.scoring = scoring;
        this.runs = runs;
        this.analysis = analysis;
        this.reporting = reporting;
        this.workbooks = workbooks;
        this.messages = messages;
    }

    @GetMapping("/results")
    String periodsWithResults(@AuthenticationPrincipal ScopedPrincipal me, Model model) {
        model.addAttribute("periods", reporting.list(me));
        return "scoring/periods";
    }

    @GetMapping("/periods/{id}/results")
    String results(
            @PathVariable long id,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer range,
            @RequestParam(required = false) Level level,
            @RequestParam(required = false) String within,
            @AuthenticationPrincipal ScopedPrincipal me,
            jakarta.servlet.http.HttpServletRequest request,
            Locale locale,
            Model model) {
        // A peer group a standing office defined ("g12"): its members ranked among themselves.
        PeerGroup custom = group != null && group.matches("g[0-9]+")
                ? peerGroups.get(me, Long.parseLong(group.substring(1)))
                : null;
        Scoring.Results results =
                custom == null ? scoring.results(me, id, null) : scoring.resultsWithin(me, id, custom);
        model.addAttribute("customGroups", peerGroups.visible(me));
        // The rank bands of each unit, when asked for and computed (null otherwise: no band column).
        Map<Long, vn.dtihub.scoring.domain.Robustness.Band> byUnit = null;
        if (range != null) {
            // The rank bands of the overall index: 1,000 seeded draws of its weights within ± range %.
            try {
                ScoreAnalysis.Bands bands = analysis.robustness(me, id, null, range / 100.0, DRAWS, 1);
                byUnit = new HashMap<>();
                for (var b : bands.bands()) {
                    byUnit.put(Long.parseLong(b.unit()), b);
                }
                model.addAttribute("bands", byUnit);
            } catch (InvalidInputException e) {
                model.addAttribute("error", e.messageKey());
                model.addAttribute("errorDetail", e.getMessage());
            }
            model.addAttribute("range", range);
            model.addAttribute("draws", DRAWS);
        }
        List<String> views = results.units().isEmpty()
                ? List.of()
                : results.units().get(0).views().stream()
                        .map(UnitResult.ViewResult::code)
                        .toList();
        String by = sort != null && views.contains(sort) ? sort : views.isEmpty() ? null : views.get(0);
        model.addAttribute("period", results.period());
        model.addAttribute("run", results.run());
        // One level at a time (the provinces of the country, the communes of a province), within a unit if chosen.
        Ranking.Shown shown = Ranking.shown(
                results.units(),
                custom == null ? level : null,
                within == null || within.isBlank() ? null : scoring.scopePath(me, id, within));
        List<Ranking.Row> rows = Ranking.rows(Ranking.ranked(shown.units(), custom == null ? group : null, by), by);
        model.addAttribute("levels", shown.levels());
        model.addAttribute("level", shown.level());
        model.addAttribute("withinOptions", shown.withinOptions());
        model.addAttribute("within", within);
        boolean manages = reporting.manages(me, results.period());
        model.addAttribute("rows", rows);
        model.addAttribute(
                "rowsHtml",
                RankingRowsHtml.rows(new RankingRowsHtml.Page(
                        id, rows, manages, byUnit, request.getContextPath(), messages, locale)));
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
        model.addAttribute("manages", manages);
        // The corrected versions of the framework the period may be scored under (for its office), and the one its
        // run used.
        model.addAttribute("corrected", manages ? runs.correctedVersions(me, results.period()) : List.of());
        model.addAttribute("runVersion", runs.versionName(results.period(), results.run()));
        return "scoring/results";
    }

    @GetMapping("/periods/{id}/results/carried")
    String carried(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean partial,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model) {
        model.addAttribute("period", reporting.get(me, id));
        List<CarryOvers.Carried> carried = carryOvers.carried(me, id, partial);
        model.addAttribute("carried", carried);
        model.addAttribute("partial", partial);
        model.addAttribute("anyPartial", carried.stream().anyMatch(c -> !c.complete()));
        return "scoring/carried";
    }

    /** The carried results as an xlsx, each figure with how many predecessors it was made from and which are missing. */
    @GetMapping("/periods/{id}/results/carried/export")
    ResponseEntity<byte[]> exportCarried(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean partial,
            @AuthenticationPrincipal ScopedPrincipal me) {
        PeriodSummary period = reporting.get(me, id);
        List<String> headers = List.of(
                text("scoring.rank"),
                text("scoring.newUnit"),
                text("scoring.view"),
                text("scoring.index"),
                text("scoring.carriedFrom"),
                text("scoring.carriedMissing"),
                text("scoring.carriedRule"));
        List<List<Object>> rows = new ArrayList<>();
        for (CarryOvers.Carried c : carryOvers.carried(me, id, partial)) {
            for (CarryOvers.Carry v : c.views()) {
                rows.add(java.util.Arrays.asList(
                        v.overall() ? c.rank() : null,
                        c.name(),
                        v.view(),
                        Figures.index(v.index()),
                        text("scoring.carriedCount", c.withResult(), c.predecessors()),
                        String.join(", ", c.missing()),
                        text("scoring.rule." + v.rule(), v.from().size(), String.join(", ", v.from()))));
            }
        }
        List<String> title = List.of(
                text("scoring.carried") + ": " + period.title(),
                partial ? text("scoring.carriedPartialIncluded") : text("scoring.carriedPartialLeftOut"));
        byte[] xlsx = workbooks.write(List.of(new Sheet(
                text("scoring.carried"), title, headers, rows, List.of(8, 36, 16, 10, 22, 40, 40), false, null)));
        return xlsx(xlsx, "ket-qua-chuyen-tiep-ky-" + id + ".xlsx");
    }

    /** A standing office makes a peer group of the units it ticked on the ranking. */
    @PostMapping("/periods/{id}/results/groups")
    @OnFailure(value = "/periods/{id}/results", detail = true)
    String defineGroup(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(name = "unit", required = false) List<Long> unitIds,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        // The period first: another scope's period is not found, whatever the request carries.
        reporting.get(me, id);
        PeerGroup g = peerGroups.define(me, name, unitIds);
        redirect.addFlashAttribute("success", "scoring.groupDefined");
        redirect.addAttribute("group", "g" + g.id());
        return "redirect:/periods/{id}/results";
    }

    @PostMapping("/periods/{id}/results/compute")
    @OnFailure(value = "/periods/{id}/results", detail = true)
    String compute(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me, RedirectAttributes redirect) {
        return computed(id, redirect, "scoring.computed", () -> runs.recompute(me, id));
    }

    /** The standing office has the period scored under a corrected version of its framework (or its own again). */
    @PostMapping("/periods/{id}/results/rescore")
    @OnFailure(value = "/periods/{id}/results", detail = true)
    String rescore(
            @PathVariable long id,
            @RequestParam(required = false) Long framework,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        // No version chosen: refused as not a later version, after the period's scope is checked.
        return computed(
                id, redirect, "scoring.rescored", () -> runs.rescoreUnder(me, id, framework == null ? 0 : framework));
    }

    /** Runs a computation and goes back to the ranking, saying which run it made or why it could not. */
    private static String computed(
            long id, RedirectAttributes redirect, String success, java.util.function.Supplier<ScoreRun> computation) {
        redirect.addFlashAttribute("successCount", computation.get().version());
        redirect.addFlashAttribute("success", success);
        return "redirect:/periods/{id}/results";
    }

    @PostMapping("/periods/{id}/results/publish")
    @OnFailure("/periods/{id}/results")
    String publish(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me, RedirectAttributes redirect) {
        var run = runs.publish(me, id);
        redirect.addFlashAttribute("success", "scoring.publishedNow");
        redirect.addFlashAttribute("successCount", run.version());
        return "redirect:/periods/{id}/results";
    }

    @GetMapping("/periods/{id}/results/export")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) Level level,
            @RequestParam(required = false) String within,
            @AuthenticationPrincipal ScopedPrincipal me) {
        Scoring.Results results = scoring.results(me, id, null);
        Ranking.Shown shown = Ranking.shown(
                results.units(), level, within == null || within.isBlank() ? null : scoring.scopePath(me, id, within));
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
        for (UnitResult u : Ranking.ranked(
                shown.units(), group, views.isEmpty() ? null : views.get(0).code())) {
            List<Object> row = new ArrayList<>();
            row.add(u.overall() == null ? null : u.overall().rank());
            row.add(u.unitName());
            row.add(u.peerGroup());
            for (UnitResult.ViewResult v : u.views()) {
                row.add(Figures.index(v.index()));
                row.add(Figures.points(v.points()));
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
        return xlsx(xlsx, "xep-hang-ky-" + id + ".xlsx");
    }

    private static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }

    /** Draws of the robustness check on the ranking page. */
    static final int DRAWS = 1000;

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, vn.dtihub.shared.VietnameseText.LOCALE);
    }
}
