package vn.dtihub.insights.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dtihub.scoring.Scoring;

/** The public results pages, without login: the periods whose results were published, and each one's ranking. */
@Controller
class PublicResultsController {

    private final Scoring scoring;

    PublicResultsController(Scoring scoring) {
        this.scoring = scoring;
    }

    @GetMapping("/public/results")
    String periods(Model model) {
        model.addAttribute("published", scoring.publicPeriods());
        return "insights/public-periods";
    }

    @GetMapping("/public/results/{period}")
    String results(
            @PathVariable long period,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) vn.dtihub.units.Level level,
            @RequestParam(required = false) String within,
            Model model) {
        Scoring.PublicResults published = scoring.publicResults(period);
        // One level at a time, as on the offices' page; `within` a published unit's code (an unknown one: no
        // narrowing).
        String under = within == null
                ? null
                : published.units().stream()
                        .map(vn.dtihub.scoring.UnitResult::unitPath)
                        .filter(path ->
                                vn.dtihub.scoring.UnitResult.codeOf(path).equals(within))
                        .findFirst()
                        .orElse(null);
        vn.dtihub.scoring.Ranking.Shown shown = vn.dtihub.scoring.Ranking.shown(published.units(), level, under);
        var views = published.units().isEmpty()
                ? java.util.List.<vn.dtihub.scoring.UnitResult.ViewResult>of()
                : published.units().get(0).views();
        String by = views.stream().anyMatch(v -> v.code().equals(sort))
                ? sort
                : views.isEmpty() ? null : views.get(0).code();
        model.addAttribute("published", published);
        model.addAttribute("views", views);
        model.addAttribute(
                "rows", vn.dtihub.scoring.Ranking.rows(vn.dtihub.scoring.Ranking.ranked(shown.units(), group, by), by));
        model.addAttribute("levels", shown.levels());
        model.addAttribute("level", shown.level());
        model.addAttribute("withinOptions", shown.withinOptions());
        model.addAttribute("within", within);
        model.addAttribute(
                "groups",
                new java.util.TreeSet<>(published.units().stream()
                        .map(vn.dtihub.scoring.UnitResult::peerGroup)
                        .filter(g -> g != null)
                        .toList()));
        model.addAttribute("group", group);
        model.addAttribute("sort", by);
        return "insights/public-results";
    }
}
