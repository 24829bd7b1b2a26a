package vn.dtihub.insights.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dtihub.insights.domain.Choropleth;
import vn.dtihub.insights.domain.Outlines;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTarget;
import vn.dtihub.plans.Plans;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.scoring.Scoring;
import vn.dtihub.scoring.TrendPoint;
import vn.dtihub.scoring.UnitResult;
import vn.dtihub.shared.ChartData;
import vn.dtihub.shared.ScopedPrincipal;

/** A period's dashboard for the offices that read its results. */
@Controller
class DashboardController {

    private final Scoring scoring;
    private final Reporting reporting;
    private final Outlines outlines;
    private final MessageSource messages;
    private final Plans plans;

    DashboardController(Scoring scoring, Reporting reporting, Outlines outlines, MessageSource messages, Plans plans) {
        this.plans = plans;
        this.scoring = scoring;
        this.reporting = reporting;
        this.outlines = outlines;
        this.messages = messages;
    }

    /**
     * The dashboard of a period: a map of the units coloured by a view's index (the communes of a province, or the
     * provinces of the country), the distribution of the overall index, its trend over the periods of the same kind,
     * and the forms submitted day by day against the deadline.
     */
    @GetMapping("/periods/{id}/results/dashboard")
    String dashboard(
            @PathVariable long id,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) vn.dtihub.units.Level level,
            @RequestParam(required = false) String within,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            Locale locale) {
        Scoring.Results all = scoring.results(me, id, null);
        // One level at a time, as the ranking: the provinces of the country, or the communes of a province.
        vn.dtihub.scoring.Ranking.Shown shownLevel = vn.dtihub.scoring.Ranking.shown(
                all.units(), level, within == null || within.isBlank() ? null : scoring.scopePath(me, id, within));
        Scoring.Results results = new Scoring.Results(all.period(), all.run(), shownLevel.units());
        model.addAttribute("levels", shownLevel.levels());
        model.addAttribute("level", shownLevel.level());
        model.addAttribute("withinOptions", shownLevel.withinOptions());
        model.addAttribute("within", within);
        List<UnitResult.ViewResult> views =
                results.units().isEmpty() ? List.of() : results.units().get(0).views();
        String shown = views.stream().anyMatch(v -> v.code().equals(view))
                ? view
                : views.isEmpty() ? null : views.get(0).code();
        Map<String, BigDecimal> byCode = new HashMap<>();
        Map<String, Long> unitByCode = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (UnitResult u : results.units()) {
            String code = UnitResult.codeOf(u.unitPath());
            UnitResult.ViewResult v = u.view(shown);
            if (v != null && v.index() != null) {
                byCode.put(code, v.index());
            }
            unitByCode.put(code, u.unitId());
            labels.put(code, u.unitName());
        }
        // Communes (five-digit codes) are drawn within their province (the one chosen, else the one most of them are
        // in); provinces on the country's map.
        List<Choropleth.Shape> shapes = List.of();
        if (results.period().structure() == vn.dtihub.units.Structure.PRE2025) {
            // The outlines are those of today's units: a period of the units before July 2025 cannot be drawn on
            // them, so the page says why and lists the units with their index instead of a grey map.
            model.addAttribute("mapUnavailable", true);
            model.addAttribute("unitsTable", results.units());
            model.addAttribute("shownView", shown);
        } else if (shownLevel.level() != vn.dtihub.units.Level.PROVINCE) {
            String province = results.units().stream()
                    .map(u -> u.unitPath().split("/"))
                    .filter(p -> p.length > 2)
                    .map(p -> p[1])
                    .collect(java.util.stream.Collectors.groupingBy(p -> p, java.util.stream.Collectors.counting()))
                    .entrySet()
                    .stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
            shapes = province == null ? List.of() : outlines.communesOf(province);
        } else if (!unitByCode.isEmpty()) {
            shapes = outlines.provinces();
        }
        if (!shapes.isEmpty()) {
            Choropleth.Drawing map = Choropleth.draw(
                    shapes,
                    byCode,
                    code -> unitByCode.containsKey(code) ? "/periods/" + id + "/results/" + unitByCode.get(code) : null,
                    labels,
                    800);
            model.addAttribute("map", map);
        }
        model.addAttribute("period", results.period());
        model.addAttribute("run", results.run());
        model.addAttribute("views", views);
        model.addAttribute("view", shown);
        model.addAttribute(
                "histogram", histogram(results.units(), messages.getMessage("scoring.chart.units", null, locale)));
        List<TrendPoint> trend = scoring.trend(me, id);
        model.addAttribute("trend", trend);
        model.addAttribute("trendChart", Scoring.chart(trend, messages.getMessage("scoring.chart.mean", null, locale)));
        model.addAttribute(
                "submissions",
                submissions(
                        reporting.completeness(me, id, null, null),
                        results.period(),
                        reporting.today(),
                        messages.getMessage("scoring.chart.submitted", null, locale)));
        List<PlanTarget> targets = targets(me, results.period());
        model.addAttribute("targets", targets);
        model.addAttribute(
                "targetsChart",
                new ChartData(
                        targets.stream()
                                .map(t -> t.statement().length() > 40
                                        ? t.statement().substring(0, 40) + "…"
                                        : t.statement())
                                .toList(),
                        List.of(new ChartData.Series(
                                messages.getMessage("scoring.chart.progress", null, locale),
                                targets.stream()
                                        .map(t -> (Number) (t.progressPercent() == null ? 0 : t.progressPercent()))
                                        .toList())),
                        100));
        model.addAttribute("charts", true);
        return "insights/dashboard";
    }

    /** A chart's data: labels and one or more series, as charts.js reads them. */

    /**
     * The targets with a goal of the plans in force that the period's own unit issued (not superseded, covering the
     * period's year), with their latest reported values: what the plans promised against what was reached.
     */
    private List<PlanTarget> targets(ScopedPrincipal me, vn.dtihub.reporting.PeriodSummary period) {
        if (period.scopePath() == null) {
            return List.of();
        }
        int year = period.coversTo().getYear();
        List<PlanTarget> out = new ArrayList<>();
        for (PlanSummary p : plans.list(me, null, null, null, period.scopePath())) {
            if (p.issuerPath().equals(period.scopePath())
                    && p.status() != PlanStatus.SUPERSEDED
                    && p.yearFrom() <= year
                    && year <= p.yearTo()) {
                plans.detail(me, p.id()).targets().stream()
                        .filter(t -> t.goal() != null && !t.yesNo())
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** How many units' overall index falls in each tenth, 0–0,1 … 0,9–1. */
    static ChartData histogram(List<UnitResult> units, String label) {
        int[] bins = new int[10];
        for (UnitResult u : units) {
            if (u.overall() != null && u.overall().index() != null) {
                int bin =
                        Math.min(9, u.overall().index().multiply(BigDecimal.TEN).intValue());
                bins[Math.max(0, bin)]++;
            }
        }
        List<String> labels = new ArrayList<>();
        List<Number> data = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            labels.add(String.format(Locale.ROOT, "%d,%d–%s", i / 10, i, i == 9 ? "1" : "0," + (i + 1)));
            data.add(bins[i]);
        }
        return new ChartData(labels, List.of(new ChartData.Series(label, data)), null);
    }

    /** Forms submitted by each day of the period's last weeks, cumulated, against the commune deadline. */
    static ChartData submissions(
            List<vn.dtihub.reporting.FormSummary> forms,
            vn.dtihub.reporting.PeriodSummary period,
            java.time.LocalDate today,
            String label) {
        java.time.ZoneId zone = vn.dtihub.shared.VietnamTime.ZONE;
        java.util.TreeMap<java.time.LocalDate, Integer> byDay = new java.util.TreeMap<>();
        for (var f : forms) {
            if (f.submittedAt() != null) {
                byDay.merge(f.submittedAt().atZone(zone).toLocalDate(), 1, Integer::sum);
            }
        }
        // Up to the last deadline, but never past today: nothing is submitted tomorrow yet.
        java.time.LocalDate end = period.dueProvince().isAfter(today) ? today : period.dueProvince();
        if (!byDay.isEmpty() && byDay.lastKey().isAfter(end)) {
            end = byDay.lastKey();
        }
        java.time.LocalDate start = end.minusDays(29);
        if (!byDay.isEmpty() && byDay.firstKey().isBefore(start)) {
            start = byDay.firstKey();
        }
        List<String> labels = new ArrayList<>();
        List<Number> data = new ArrayList<>();
        int total = byDay.headMap(start).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM");
        for (java.time.LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            total += byDay.getOrDefault(d, 0);
            labels.add(day.format(d));
            data.add(total);
        }
        return new ChartData(labels, List.of(new ChartData.Series(label, data)), forms.size());
    }
}
