package vn.dtihub.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's result in a run: each view (the overall index first) with its points, maximum, 0–1 index and rank among
 * its peers, and the rank change since the previous period of the same framework and kind (positive: moved up).
 */
public record UnitResult(
        long unitId,
        String unitPath,
        String unitName,
        String peerGroup,
        boolean enoughData,
        String flagged,
        List<ViewResult> views) {

    public record ViewResult(
            String code,
            String name,
            boolean overall,
            BigDecimal points,
            BigDecimal max,
            BigDecimal index,
            Integer rank,
            int peers,
            Integer rankChange) {}

    /** The code of a unit from its path: the last part ({@code current/38/16645/} is 16645). */
    public static String codeOf(String unitPath) {
        int end = unitPath.endsWith("/") ? unitPath.length() - 1 : unitPath.length();
        return unitPath.substring(unitPath.lastIndexOf('/', end - 1) + 1, end);
    }

    public ViewResult overall() {
        return views.stream().filter(ViewResult::overall).findFirst().orElse(null);
    }

    public ViewResult view(String code) {
        return views.stream().filter(v -> v.code().equals(code)).findFirst().orElse(null);
    }
}
