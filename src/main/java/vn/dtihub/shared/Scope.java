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

    /**
     * The one rule for reading what a unit owns (a plan, a framework, a peer group, a period): the scope covers the
     * owner, or the caller's seat sits under it (a commune reads its province's plans). Nothing owned by no unit.
     */
    public boolean reads(String ownerPath, String seatPath) {
        if (ownerPath == null) {
            return false;
        }
        return coversUnit(ownerPath) || seatPath != null && seatPath.startsWith(ownerPath);
    }

    /**
     * {@link #reads} in SQL over a column of owner paths, its parameters appended to {@code params}: a condition to
     * put after {@code where} or {@code and}, parenthesised.
     */
    public String readsSql(String ownerColumn, String seatPath, List<Object> params) {
        if (national) {
            return "(true)";
        }
        StringBuilder sql = new StringBuilder("(false");
        for (String pattern : likePatterns()) {
            sql.append(" or ").append(ownerColumn).append(" like ?");
            params.add(pattern);
        }
        if (seatPath != null) {
            sql.append(" or ? like ").append(ownerColumn).append(" || '%'");
            params.add(seatPath);
        }
        return sql.append(")").toString();
    }

    /** The units this scope covers, in SQL over a column of unit paths, as {@link #readsSql} (no seat). */
    public String coversSql(String pathColumn, List<Object> params) {
        return readsSql(pathColumn, null, params);
    }

    /** SQL LIKE patterns matching the unit paths this scope covers (empty when national). */
    public List<String> likePatterns() {
        return unitPaths.stream().map(p -> subtree ? p + "%" : p).toList();
    }
}
