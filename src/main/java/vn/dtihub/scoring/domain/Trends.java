package vn.dtihub.scoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.scoring.Scorecard;
import vn.dtihub.scoring.TrendPoint;
import vn.dtihub.scoring.UnitResult;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Units;

/** Trends of the overall index over the periods of one kind and scope, for the caller's units or one unit. */
@Service
public class Trends {

    private final ScoreRepository repository;
    private final Reporting reporting;
    private final Units units;

    Trends(ScoreRepository repository, Reporting reporting, Units units) {
        this.repository = repository;
        this.reporting = reporting;
        this.units = units;
    }

    /** A trend as a chart: the periods' titles and one series of indices (0 to 1). */
    public static vn.dtihub.shared.ChartData chart(List<TrendPoint> trend, String label) {
        return new vn.dtihub.shared.ChartData(
                trend.stream().map(t -> t.period().title()).toList(),
                List.of(new vn.dtihub.shared.ChartData.Series(
                        label,
                        trend.stream()
                                .map(t -> (Number) (t.meanIndex() == null ? 0 : t.meanIndex()))
                                .toList())),
                1);
    }

    /**
     * The periods of the same kind over the same scope as this one, oldest first, with the mean overall index of the
     * units the caller may read in each computed one.
     */
    public List<TrendPoint> trend(ScopedPrincipal caller, long periodId) {
        List<TrendPoint> out = new ArrayList<>();
        for (PeriodSummary p : series(caller, reporting.get(caller, periodId))) {
            repository
                    .current(p.id())
                    .map(r -> repository.meanIndex(r.id(), Readings.patterns(caller)))
                    .ifPresent(mean -> out.add(new TrendPoint(p, mean)));
        }
        return out;
    }

    /** The overall index of a unit of a scorecard in the periods of the same kind over the same scope, oldest first. */
    public List<TrendPoint> unitTrend(ScopedPrincipal caller, Scorecard card) {
        long unitId = card.unit().unitId();
        List<TrendPoint> out = new ArrayList<>();
        for (PeriodSummary p : series(caller, card.period())) {
            repository
                    .current(p.id())
                    .flatMap(r -> repository.units(r.id(), List.of(card.unit().unitPath()), null).stream()
                            .filter(u -> u.unitId() == unitId)
                            .findFirst())
                    .map(UnitResult::overall)
                    .filter(v -> v != null && v.index() != null)
                    .ifPresent(v -> out.add(new TrendPoint(p, v.index())));
        }
        return out;
    }

    /** The periods a trend runs over: those of the same kind and scope up to this one, that the caller reads. */
    private List<PeriodSummary> series(ScopedPrincipal caller, PeriodSummary period) {
        return reporting.list(caller).stream()
                .filter(p -> p.kind() == period.kind()
                        && java.util.Objects.equals(p.scopePath(), period.scopePath())
                        && !p.coversTo().isAfter(period.coversTo()))
                .sorted(Comparator.comparing(PeriodSummary::coversTo))
                .toList();
    }
}
