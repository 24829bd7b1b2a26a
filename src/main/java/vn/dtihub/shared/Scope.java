package vn.dtihub.shared;

import java.io.Serializable;
import java.util.List;

/**
 * What a user may see and change. Unit paths look like {@code current/38/16645/}: a standing office or viewer
 * covers every unit whose path starts with one of its paths (its unit's subtree, and the subtrees of the units
 * it was formed from, so history stays reachable); a reporter or approver covers only the units themselves, or
 * only its agency when seated in one.
 */
public record Scope(boolean national, List<String> unitPaths, boolean subtree, Long agencyId) implements Serializable {

    public static Scope everything() {
        return new Scope(true, List.of(), true, null);
    }

    public Scope {
        unitPaths = List.copyOf(unitPaths);
    }

    public boolean coversUnit(String path) {
        if (national) {
            return true;
        }
        if (path == null || agencyId != null && !subtree) {
            return false;
        }
        return unitPaths.stream().anyMatch(p -> subtree ? path.startsWith(p) : path.equals(p));
    }

    public boolean coversAgency(long agency, String agencyUnitPath) {
        if (national) {
            return true;
        }
        if (agencyId != null && !subtree) {
            return agencyId == agency;
        }
        return coversUnit(agencyUnitPath);
    }

    /** SQL LIKE patterns matching the unit paths this scope covers (empty when national). */
    public List<String> likePatterns() {
        return unitPaths.stream().map(p -> subtree ? p + "%" : p).toList();
    }
}
