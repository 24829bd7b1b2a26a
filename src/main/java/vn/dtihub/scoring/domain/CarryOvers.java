package vn.dtihub.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.reporting.ScoringInput;
import vn.dtihub.scoring.ScoreRun;
import vn.dtihub.scoring.UnitResult;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * Results of a year before 1 July 2025 carried to the units of today, by the rule the ministry used for DTI 2024: a
 * unit's index is the mean of its predecessors' indices, its criteria's values are consolidated (counts summed, ratios
 * computed again from their summed parts, the rest averaged), all at full precision. The predecessors' results are
 * taken from every period that scored that year on that framework (two old provinces each in its own period, or all
 * in one national period; where both did, the national one). A figure made from only some of the predecessors says
 * which are missing and is ranked only when the reader asks for it.
 */
@Service
public class CarryOvers {

    private final ScoreRepository repository;
    private final Reporting reporting;
    private final Frameworks frameworks;
    private final Units units;

    CarryOvers(ScoreRepository repository, Reporting reporting, Frameworks frameworks, Units units) {
        this.repository = repository;
        this.reporting = reporting;
        this.frameworks = frameworks;
        this.units = units;
    }

    /**
     * A unit of the structure in force with what was carried to it: how many of its predecessors had a result
     * ({@code withResult} of {@code predecessors}), the names of those that had none, its rank among the carried units
     * of its level and kind (null when it is left out of the ranking), the indices and the values.
     */
    public record Carried(
            String code,
            String name,
            int predecessors,
            int withResult,
            List<String> missing,
            boolean complete,
            Integer rank,
            List<Carry> views,
            List<CarriedValue> values) {

        Carried withRank(Integer place) {
            return new Carried(code, name, predecessors, withResult, missing, complete, place, views, values);
        }
    }

    /** One carried index: the view, the value at full precision, the rule and the old units it came from (by name). */
    public record Carry(String view, boolean overall, BigDecimal index, String rule, List<String> from) {}

    /**
     * A criterion's value carried from the predecessors' approved values, at full precision; {@code decimals} is how
     * many its most precise predecessor had, the precision it is shown with.
     */
    public record CarriedValue(
            String criterion,
            String name,
            BigDecimal number,
            BigDecimal denominator,
            String rule,
            List<String> from,
            int decimals) {}

    /**
     * The results of a period on the pre-2025 structure (and of the other periods of its year and framework) carried
     * to the units that replaced the old ones, for the units the caller may read; {@code includePartial} ranks the
     * figures made from only some predecessors too. Empty for a period on the structure in force.
     */
    public List<Carried> carried(ScopedPrincipal caller, long periodId, boolean includePartial) {
        PeriodSummary period = reporting.get(caller, periodId);
        if (period.structure() != Structure.PRE2025) {
            return List.of();
        }
        // Each old unit's result from the first period of the year that scored it (the national one first). A unit
        // has a result only where it has approved values: a run scores every unit with a form, and an old unit that
        // reported nothing would otherwise carry a silent 0,0000.
        Map<String, UnitResult> results = new LinkedHashMap<>();
        Map<String, ScoringInput.Subject> inputs = new HashMap<>();
        List<String> readable = vn.dtihub.scoring.domain.Readings.patterns(caller);
        for (PeriodSummary p : reporting.sameYear(period)) {
            Optional<ScoreRun> run = repository.current(p.id());
            if (run.isEmpty()) {
                continue;
            }
            Map<String, ScoringInput.Subject> reported = new HashMap<>();
            for (ScoringInput.Subject s : reporting.scoringInput(p.id()).subjects()) {
                if (!s.values().isEmpty()) {
                    reported.put(UnitResult.codeOf(s.path()), s);
                }
            }
            for (UnitResult u : repository.units(run.get().id(), readable, null)) {
                String code = UnitResult.codeOf(u.unitPath());
                if (!results.containsKey(code) && reported.containsKey(code)) {
                    results.put(code, u);
                    inputs.put(code, reported.get(code));
                }
            }
        }
        if (results.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> successors = units.successors(Structure.PRE2025, results.keySet());
        Set<String> newCodes = new java.util.TreeSet<>();
        successors.values().forEach(newCodes::addAll);
        Map<String, List<String>> predecessors = units.predecessors(Structure.CURRENT, newCodes);
        Map<String, String> oldNames = new HashMap<>();
        results.forEach((code, u) -> oldNames.put(code, u.unitName()));
        Set<String> unscored = new java.util.TreeSet<>();
        predecessors
                .values()
                .forEach(olds ->
                        olds.stream().filter(o -> !results.containsKey(o)).forEach(unscored::add));
        units.byCodes(Structure.PRE2025, unscored).forEach(u -> oldNames.put(u.code(), u.fullName()));

        Map<String, Map<String, BigDecimal>> indices = new HashMap<>();
        Map<String, Boolean> overall = new HashMap<>();
        results.forEach((code, u) -> {
            Map<String, BigDecimal> views = new HashMap<>();
            u.views().forEach(v -> {
                views.put(v.code(), v.index());
                overall.put(v.code(), v.overall());
            });
            indices.put(code, views);
        });
        Map<String, List<Carry>> byUnit = new TreeMap<>();
        for (CarryOver.Index i : CarryOver.indices(successors, indices)) {
            byUnit.computeIfAbsent(i.newCode(), k -> new ArrayList<>())
                    .add(new Carry(
                            i.view(),
                            overall.getOrDefault(i.view(), false),
                            i.index(),
                            i.rule().name(),
                            names(i.from(), oldNames)));
        }
        Map<String, List<CarriedValue>> values = values(period, inputs, successors, oldNames);
        Map<String, UnitView> newUnits = new HashMap<>();
        units.byCodes(Structure.CURRENT, byUnit.keySet()).forEach(u -> newUnits.put(u.code(), u));

        List<Carried> unranked = new ArrayList<>();
        byUnit.forEach((code, views) -> {
            List<String> olds = predecessors.getOrDefault(code, List.of());
            List<String> missing =
                    olds.stream().filter(o -> !results.containsKey(o)).toList();
            int total = olds.isEmpty() ? views.get(0).from().size() : olds.size();
            UnitView unit = newUnits.get(code);
            unranked.add(new Carried(
                    code,
                    unit == null ? code : unit.fullName(),
                    total,
                    total - missing.size(),
                    names(missing, oldNames),
                    missing.isEmpty(),
                    null,
                    views.stream().sorted(Comparator.comparing(Carry::view)).toList(),
                    values.getOrDefault(code, List.of())));
        });
        return ranked(unranked, newUnits, includePartial);
    }

    /**
     * Competition ranks of the carried overall index among the units of the same level and kind (wards, communes,
     * special zones apart, as in a ranking), over the complete figures, or every figure when asked.
     */
    private static List<Carried> ranked(List<Carried> carried, Map<String, UnitView> newUnits, boolean includePartial) {
        Map<String, List<Carried>> groups = new LinkedHashMap<>();
        for (Carried c : carried) {
            if (c.complete() || includePartial) {
                UnitView u = newUnits.get(c.code());
                String group = u == null
                        ? ""
                        : u.level() + "/"
                                + Optional.ofNullable(vn.dtihub.scoring.domain.Readings.peerGroup(u))
                                        .orElse("");
                groups.computeIfAbsent(group, k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Integer> ranks = new HashMap<>();
        groups.values().forEach(members -> {
            Integer[] r = ScoringEngine.competitionRanks(
                    members.stream().map(CarryOvers::overallIndex).toList(), vn.dtihub.frameworks.RankTies.UNROUNDED);
            for (int k = 0; k < members.size(); k++) {
                ranks.put(members.get(k).code(), r[k]);
            }
        });
        return carried.stream().map(c -> c.withRank(ranks.get(c.code()))).toList();
    }

    private static BigDecimal overallIndex(Carried c) {
        return c.views().stream()
                .filter(Carry::overall)
                .map(Carry::index)
                .findFirst()
                .orElse(null);
    }

    private static List<String> names(List<String> codes, Map<String, String> names) {
        return codes.stream().map(c -> names.getOrDefault(c, c)).toList();
    }

    /** The numeric approved values of the old units, each from the period it was scored in, carried criterion by criterion. */
    private Map<String, List<CarriedValue>> values(
            PeriodSummary period,
            Map<String, ScoringInput.Subject> inputs,
            Map<String, List<String>> successors,
            Map<String, String> oldNames) {
        Map<String, Map<Long, Map<String, BigDecimal[]>>> byNew = new TreeMap<>();
        inputs.forEach((code, s) -> {
            for (String next : successors.getOrDefault(code, List.of())) {
                s.values().forEach((criterion, v) -> {
                    if (v.input() != null && v.input().number() != null) {
                        byNew.computeIfAbsent(next, k -> new TreeMap<>())
                                .computeIfAbsent(criterion, k -> new TreeMap<>())
                                .put(code, new BigDecimal[] {
                                    v.input().number(), v.input().denominator()
                                });
                    }
                });
            }
        });
        Map<Long, Criterion> criteria = new HashMap<>();
        frameworks.criteriaOf(period.frameworkId()).forEach(c -> criteria.put(c.id(), c));
        Map<String, List<CarriedValue>> out = new HashMap<>();
        byNew.forEach((next, byCriterion) -> byCriterion.forEach((id, olds) -> {
            Criterion c = criteria.get(id);
            if (c == null) {
                return;
            }
            CarryOver.Value v = CarryOver.value(c.valueType(), olds);
            out.computeIfAbsent(next, k -> new ArrayList<>())
                    .add(new CarriedValue(
                            c.code(),
                            c.name(),
                            v.number(),
                            v.denominator(),
                            v.rule().name(),
                            names(v.from(), oldNames),
                            v.decimals()));
        }));
        out.values().forEach(list -> list.sort(Comparator.comparing(CarriedValue::criterion)));
        return out;
    }
}
