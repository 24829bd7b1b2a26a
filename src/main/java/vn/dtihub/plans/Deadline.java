package vn.dtihub.plans;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dtihub.shared.VietnameseText;

/**
 * A task's deadline in every form the documents use: a date ({@code 30/6/2024}), a month ({@code Tháng 12}), a
 * quarter ({@code Quý III/2024}), a year ({@code Năm 2024}), recurring ({@code Hàng quý}), ongoing
 * ({@code Thường xuyên}), another plan's schedule ({@code Theo Kế hoạch số 106/KH-BCĐ}), or none at all (the
 * document's deadline cell is empty: "không có thời hạn", never late). The text is kept as written; the due dates are
 * computed from it. Pure logic.
 */
public record Deadline(Kind kind, LocalDate date, String reference, String text) {

    public enum Kind {
        DATE,
        MONTH,
        QUARTER,
        YEAR,
        QUARTERLY,
        ONGOING,
        PER_PLAN,
        NONE
    }

    /** The deadline of a task whose document states none. */
    public static final Deadline NONE = new Deadline(Kind.NONE, null, null, null);

    private static final Pattern DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
    private static final Pattern MONTH = Pattern.compile("^thang (\\d{1,2})(?:[/ ](?:nam )?(\\d{4}))?$");
    private static final Pattern QUARTER = Pattern.compile("^quy ([ivx]+|\\d)(?:[/ ](?:nam )?(\\d{4}))?$");
    private static final Pattern YEAR = Pattern.compile("^(?:nam|trong nam|ca nam) (\\d{4})$");
    private static final Pattern PLAN =
            Pattern.compile("(?i)^theo\\s+(?:ke hoach|kh)\\s*(?:so)?\\s*([0-9]+/[^\\s,;]+)");

    /**
     * Reads a deadline as written, the year of the plan standing in where the text gives none ("Tháng 12" of a 2024
     * plan is December 2024); nothing written is {@link #NONE}. Throws {@link IllegalArgumentException} naming the
     * phrase when it is not one of the known forms.
     */
    public static Deadline parse(String written, int planYear) {
        String text = VietnameseText.nfc(written);
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        // A remark in brackets ("Quý III/2024 (ngay sau khi Bộ Tài chính ban hành Kế hoạch)") qualifies the deadline
        // without changing it: it is kept in the text and left out of the reading.
        String folded = VietnameseText.fold(text.replaceAll("\\([^)]*\\)", " "))
                .replaceAll("[.;,]+$", "")
                .strip();
        Matcher m = DATE.matcher(folded);
        if (m.matches()) {
            try {
                return new Deadline(
                        Kind.DATE,
                        LocalDate.of(
                                Integer.parseInt(m.group(3)),
                                Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(1))),
                        null,
                        text);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("ngày không có thật: " + text + " / no such date");
            }
        }
        m = MONTH.matcher(folded);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("tháng không hợp lệ: " + text + " / no such month");
            }
            int year = m.group(2) == null ? planYear : Integer.parseInt(m.group(2));
            return new Deadline(Kind.MONTH, YearMonth.of(year, month).atEndOfMonth(), null, text);
        }
        m = QUARTER.matcher(folded);
        if (m.matches()) {
            int quarter = quarter(m.group(1));
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quý không hợp lệ: " + text + " / no such quarter");
            }
            int year = m.group(2) == null ? planYear : Integer.parseInt(m.group(2));
            return new Deadline(Kind.QUARTER, YearMonth.of(year, quarter * 3).atEndOfMonth(), null, text);
        }
        m = YEAR.matcher(folded);
        if (m.matches()) {
            return new Deadline(Kind.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), null, text);
        }
        if (folded.equals("hang quy") || folded.equals("dinh ky hang quy") || folded.equals("theo quy")) {
            return new Deadline(Kind.QUARTERLY, null, null, text);
        }
        if (folded.equals("thuong xuyen") || folded.equals("thuong xuyen, lien tuc") || folded.equals("lien tuc")) {
            return new Deadline(Kind.ONGOING, null, null, text);
        }
        m = PLAN.matcher(folded);
        if (m.find()) {
            // The number as written (with its diacritics), found again in the original text.
            Matcher original = Pattern.compile("([0-9]+/[^\\s,;]+)").matcher(text);
            String reference = original.find() ? original.group(1) : m.group(1);
            return new Deadline(Kind.PER_PLAN, null, reference, text);
        }
        if (folded.startsWith("theo ")) {
            // "Theo tiến độ của các bộ, ngành Trung ương", "Theo lộ trình đã được phê duyệt": another schedule.
            return new Deadline(Kind.PER_PLAN, null, null, text);
        }
        throw new IllegalArgumentException(
                "không hiểu thời hạn \"" + text + "\" (dùng: 30/6/2024, Tháng 12, Quý III/2024, "
                        + "Năm 2024, Hàng quý, Thường xuyên, Theo Kế hoạch số …) / unknown deadline phrase");
    }

    /** The deadline as written, or "không có thời hạn" for none: for audit lines and messages. */
    public String label() {
        return text == null ? "không có thời hạn" : text;
    }

    private static int quarter(String roman) {
        return switch (roman.toLowerCase(Locale.ROOT)) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> -1;
        };
    }

    /** The dates the task is due within the plan's years: one for a dated deadline, every quarter's end if quarterly. */
    public List<LocalDate> dueDates(int yearFrom, int yearTo) {
        return switch (kind) {
            case DATE, MONTH, QUARTER, YEAR -> List.of(date);
            case QUARTERLY -> {
                List<LocalDate> dates = new ArrayList<>();
                for (int y = yearFrom; y <= yearTo; y++) {
                    for (int q = 1; q <= 4; q++) {
                        dates.add(YearMonth.of(y, q * 3).atEndOfMonth());
                    }
                }
                yield dates;
            }
            case ONGOING, PER_PLAN, NONE -> List.of();
        };
    }

    /** The first due date on or after a day, if any. */
    public Optional<LocalDate> nextDue(LocalDate from, int yearFrom, int yearTo) {
        return dueDates(yearFrom, yearTo).stream()
                .filter(d -> !d.isBefore(from))
                .findFirst();
    }

    /**
     * Whether a task with this deadline is late on {@code today} (Vietnam's date): a dated deadline passed without
     * the task being done; for a quarterly task, a quarter ended without a report since the previous quarter's end.
     * An ongoing task, one that follows another plan, or one with no stated deadline is never late by itself.
     */
    public boolean late(LocalDate today, boolean done, LocalDate lastUpdate, int yearFrom, int yearTo) {
        if (done) {
            return false;
        }
        return switch (kind) {
            case DATE, MONTH, QUARTER, YEAR -> today.isAfter(date);
            case QUARTERLY -> {
                LocalDate lastEnd = null;
                LocalDate previousEnd = null;
                for (LocalDate d : dueDates(yearFrom, yearTo)) {
                    if (d.isBefore(today)) {
                        previousEnd = lastEnd;
                        lastEnd = d;
                    }
                }
                if (lastEnd == null) {
                    yield false;
                }
                LocalDate quarterStart = previousEnd == null ? lastEnd.minusMonths(3) : previousEnd;
                yield lastUpdate == null || !lastUpdate.isAfter(quarterStart);
            }
            case ONGOING, PER_PLAN, NONE -> false;
        };
    }
}
