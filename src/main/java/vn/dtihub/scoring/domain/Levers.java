package vn.dtihub.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What would move a unit: the scored criteria where it loses the most points (the maximum less what it earned, in the
 * overall view's weights), and the gap to a target rank ("to enter the top 10 you need +23 points; these five
 * criteria give them"). Pure Java.
 */
public final class Levers {

    private Levers() {}

    /** A criterion the unit could gain on: the points at stake in the overall view. */
    public record Lever(long criterionId, String code, BigDecimal points, BigDecimal max, BigDecimal atStake) {}

    /** The points to gain to reach a rank, and the fewest criteria (by points at stake) that hold them. */
    public record Gap(
            int targetRank, int currentRank, BigDecimal pointsNeeded, List<Lever> criteria, boolean reachable) {}

    /** A scored leaf of the unit with the weight its branch carries in the overall view. */
    public record Leaf(long criterionId, String code, BigDecimal points, BigDecimal max, BigDecimal weight) {}

    /** The leaves by points at stake, the largest first; those with nothing at stake are left out. */
    public static List<Lever> byStake(List<Leaf> leaves) {
        List<Lever> out = new ArrayList<>();
        for (Leaf l : leaves) {
            BigDecimal stake = l.max().subtract(l.points()).multiply(l.weight());
            if (stake.signum() > 0) {
                out.add(new Lever(l.criterionId(), l.code(), l.points(), l.max(), stake.stripTrailingZeros()));
            }
        }
        out.sort(Comparator.comparing(Lever::atStake).reversed().thenComparing(Lever::code));
        return out;
    }

    /**
     * The gap to a target rank among peers: the points the unit needs to pass the index of the peer now at that rank
     * (ties share the rank, so equalling it is enough), at the unit's maximum.
     *
     * @param peerIndices the overall indices of the other ranked units of its peer group
     */
    public static Gap gap(
            int targetRank,
            int currentRank,
            BigDecimal points,
            BigDecimal max,
            List<BigDecimal> peerIndices,
            List<Leaf> leaves) {
        if (targetRank < 1) {
            throw new IllegalArgumentException("the target rank starts at 1: " + targetRank);
        }
        if (currentRank > 0 && currentRank <= targetRank) {
            return new Gap(targetRank, currentRank, BigDecimal.ZERO, List.of(), true);
        }
        List<BigDecimal> sorted = new ArrayList<>(peerIndices);
        sorted.sort(Comparator.reverseOrder());
        if (targetRank > sorted.size()) {
            return new Gap(targetRank, currentRank, BigDecimal.ZERO, List.of(), true);
        }
        // To be at the target rank, the unit's index must at least equal that of the peer now there.
        BigDecimal bar = sorted.get(targetRank - 1);
        BigDecimal needed =
                bar.multiply(max).subtract(points).setScale(2, RoundingMode.UP).max(BigDecimal.ZERO);
        List<Lever> chosen = new ArrayList<>();
        BigDecimal gathered = BigDecimal.ZERO;
        for (Lever l : byStake(leaves)) {
            if (gathered.compareTo(needed) >= 0) {
                break;
            }
            chosen.add(l);
            gathered = gathered.add(l.atStake());
        }
        return new Gap(targetRank, currentRank, needed, chosen, gathered.compareTo(needed) >= 0);
    }
}
