package vn.dtihub.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.dtihub.reporting.PeriodKind;

/**
 * The usual dates of a period, as the plans write them: a quarter's reports are due "trước ngày 15 của tháng cuối
 * cùng của quý" (seed 004), communes first and the units that consolidate them after; the year's "trước ngày 05/12"
 * for communes and "trước ngày 20/12" for the consolidated report (seed 003). A deadline is the end of its day in
 * Vietnam. Pure logic.
 */
public final class Deadlines {

    private Deadlines() {}

    /** The dates a period covers and its deadlines by level, prefilled for a kind and a year (and quarter). */
    public record Prefill(
            LocalDate coversFrom, LocalDate coversTo, LocalDate commune, LocalDate district, LocalDate province) {}

    /**
     * The prefilled dates: a quarter (1–4) or the months of a half, nine months or the year; an ad hoc request
     * covers the year so far and is due a week on.
     */
    public static Prefill prefill(PeriodKind kind, int year, Integer quarter, LocalDate today) {
        return switch (kind) {
            case QUARTER -> {
                int q = quarter == null ? 1 : Math.max(1, Math.min(4, quarter));
                LocalDate from = LocalDate.of(year, (q - 1) * 3 + 1, 1);
                yield cycle(from, from.plusMonths(3).minusDays(1));
            }
            case HALF_YEAR -> cycle(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
            case NINE_MONTHS -> cycle(LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30));
            case YEAR ->
                new Prefill(
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        LocalDate.of(year, 12, 5),
                        LocalDate.of(year, 12, 12),
                        LocalDate.of(year, 12, 20));
            case AD_HOC ->
                new Prefill(LocalDate.of(year, 1, 1), today, today.plusDays(7), today.plusDays(7), today.plusDays(7));
        };
    }

    /** Communes by the 15th of the last month, districts three days and provinces five days later. */
    private static Prefill cycle(LocalDate from, LocalDate to) {
        LocalDate commune = to.withDayOfMonth(15);
        return new Prefill(from, to, commune, commune.plusDays(3), commune.plusDays(5));
    }

    /** The last instant at which a report due on a day is on time: the end of that day in Vietnam. */
    public static Instant endOf(LocalDate due) {
        return due.plusDays(1).atStartOfDay(vn.dtihub.shared.VietnamTime.ZONE).toInstant();
    }

    /** Whether something done at an instant met a deadline day. */
    public static boolean onTime(Instant at, LocalDate due) {
        return at.isBefore(endOf(due));
    }
}
