package vn.dtihub.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one rule for official figures. They are computed at full precision: sums and products of decimals are exact,
 * and a quotient (a ratio, a mean, an index) keeps 17 significant digits ({@link #PRECISION}). Two different fractions
 * whose denominators stay below 10^8 (those of indices and points do: sums of maximum points, counts of units) differ
 * by more than that error, and one that is not exactly on a rounding boundary lies further from it: so every
 * published rounding and every tie comes out as exact rational arithmetic would give it ({@code Dti922PropertyTest}
 * checks it against exact rationals). 17 digits is the most BigDecimal divides in a long's arithmetic: 34 cost 20
 * times as much on the nationwide recompute. Figures are rounded only where shown or exported, half up as
 * dti.gov.vn publishes: an index to 4 decimals, points to 2.
 */
public final class Figures {

    /** Quotients keep 17 significant digits; the exact value differs by less than 1e-16 of itself. */
    public static final MathContext PRECISION = new MathContext(17, java.math.RoundingMode.HALF_EVEN);

    public static final int INDEX_DECIMALS = 4;
    public static final int POINT_DECIMALS = 2;

    private Figures() {}

    /** a / b at full precision. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, PRECISION);
    }

    /** An index as it is published: 4 decimals, half up (null stays null). */
    public static BigDecimal index(BigDecimal value) {
        return value == null ? null : value.setScale(INDEX_DECIMALS, RoundingMode.HALF_UP);
    }

    /** Points as they are published: 2 decimals, half up (null stays null). */
    public static BigDecimal points(BigDecimal value) {
        return value == null ? null : value.setScale(POINT_DECIMALS, RoundingMode.HALF_UP);
    }

    /** An index written the Vietnamese way, "0,5325"; "–" when there is none. */
    public static String indexText(BigDecimal value) {
        return value == null ? "–" : Numbers.vietnamese(value, INDEX_DECIMALS);
    }

    /** Points written the Vietnamese way with 2 decimals, "532,50"; "–" when there are none. */
    public static String pointsText(BigDecimal value) {
        return value == null ? "–" : Numbers.vietnamese(value, POINT_DECIMALS);
    }

    /**
     * A value (not an index, not points) written with the decimals it needs, at most {@code decimals}, half up and
     * without trailing zeros: "12,5", "0,1238".
     */
    public static String valueText(BigDecimal value, int decimals) {
        if (value == null) {
            return "–";
        }
        BigDecimal shown = value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return Numbers.vietnamese(shown, Math.max(0, shown.scale()));
    }
}
