package vn.dtihub.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dtihub.shared.Figures;
import vn.dtihub.shared.Numbers;
import vn.dtihub.units.Level;

/** A ranking as pages show it, for the offices' pages and the public one alike: ordered, filtered, numbers written. */
public final class Ranking {

    private Ranking() {}

    /** A ranking row with its numbers written as the page shows them (formatting them in the template cost most). */
    public record Row(
            long unitId,
            String name,
            String group,
            boolean enoughData,
            String flagged,
            String rank,
            String peers,
            Integer change,
            List<Cell> cells) {}

    public record Cell(String code, String index, String points, boolean sorted) {}

    public static List<Row> rows(List<UnitResult> units, String sort) {
        List<Row> out = new ArrayList<>(units.size());
        for (UnitResult u : units) {
            UnitResult.ViewResult s = u.view(sort);
            List<Cell> cells = new ArrayList<>(u.views().size());
            for (UnitResult.ViewResult v : u.views()) {
                cells.add(new Cell(
                        v.code(),
                        Figures.indexText(v.index()),
                        Figures.pointsText(v.points()) + " / " + Numbers.vietnamese(v.max(), 0),
                        v.code().equals(sort)));
            }
            out.add(new Row(
                    u.unitId(),
                    u.unitName(),
                    u.peerGroup(),
                    u.enoughData(),
                    u.flagged(),
                    s == null || s.rank() == null ? "–" : String.valueOf(s.rank()),
                    s == null || s.rank() == null ? null : "/" + s.peers(),
                    s == null ? null : s.rankChange(),
                    cells));
        }
        return out;
    }

    /**
     * The units of a peer group by their rank in a view, the unranked last; with no group chosen, every group in turn
     * (ranks count within a group: the wards' first, then the rural communes' first, would otherwise alternate).
     */
    public static List<UnitResult> ranked(List<UnitResult> units, String group, String view) {
        record Keyed(UnitResult unit, String group, int rank) {}
        boolean all = group == null || group.isBlank();
        return units.stream()
                .filter(u -> all || group.equals(u.peerGroup()))
                .map(u -> {
                    UnitResult.ViewResult v = u.view(view);
                    return new Keyed(
                            u,
                            u.peerGroup() == null ? "" : u.peerGroup(),
                            v == null || v.rank() == null ? Integer.MAX_VALUE : v.rank());
                })
                .sorted(Comparator.comparing(Keyed::group)
                        .thenComparingInt(Keyed::rank)
                        .thenComparing(k -> k.unit().unitName()))
                .map(Keyed::unit)
                .toList();
    }

    /**
     * The level of a scored unit, read from its path: {@code current/38/} a province, {@code current/38/16645/} a
     * commune; before July 2025 a district in between ({@code pre2025/38/380/16645/}).
     */
    public static Level level(String path) {
        String[] parts = path.split("/");
        int depth = parts.length - 1;
        boolean districts = parts[0].equals(vn.dtihub.units.Structure.PRE2025.code());
        if (depth <= 1) {
            return Level.PROVINCE;
        }
        return districts && depth == 2 ? Level.DISTRICT : Level.COMMUNE;
    }

    /** The levels of some units, from the province down. */
    public static List<Level> levels(List<UnitResult> units) {
        java.util.EnumSet<Level> present = java.util.EnumSet.noneOf(Level.class);
        units.forEach(u -> present.add(level(u.unitPath())));
        return List.copyOf(present);
    }

    /**
     * The level a ranking shows first: the highest with more than one unit (the provinces for the country, the
     * communes for a province), else the lowest there is.
     */
    public static Level defaultLevel(List<UnitResult> units) {
        java.util.Map<Level, Integer> counts = new java.util.EnumMap<>(Level.class);
        units.forEach(u -> counts.merge(level(u.unitPath()), 1, Integer::sum));
        Level lowest = Level.COMMUNE;
        for (var e : counts.entrySet()) {
            if (e.getValue() > 1) {
                return e.getKey();
            }
            lowest = e.getKey();
        }
        return lowest;
    }

    /**
     * What a ranking shows: the units of one level (the one asked for when there is such, else {@link #defaultLevel}),
     * under a path when one is given; the levels there are, and the units above that level one may narrow to (only
     * when there are at least two to choose from: the provinces of the country, the districts of a province before
     * 2025).
     */
    public record Shown(List<UnitResult> units, Level level, List<Level> levels, List<Place> withinOptions) {}

    /** A unit one may narrow a ranking to: its code (the last part of its path) and its name. */
    public record Place(String code, String name) {}

    public static Shown shown(List<UnitResult> units, Level asked, String underPath) {
        List<Level> levels = levels(units);
        Level level = asked != null && levels.contains(asked) ? asked : defaultLevel(units);
        List<Place> above = units.stream()
                .filter(u -> level(u.unitPath()).ordinal() < level.ordinal())
                .sorted(Comparator.comparing(UnitResult::unitPath))
                .map(u -> new Place(UnitResult.codeOf(u.unitPath()), u.unitName()))
                .toList();
        return new Shown(atLevel(units, level, underPath), level, levels, above.size() > 1 ? above : List.of());
    }

    /** The units of one level, under a path when one is given. */
    public static List<UnitResult> atLevel(List<UnitResult> units, Level level, String underPath) {
        return units.stream()
                .filter(u -> level(u.unitPath()) == level)
                .filter(u -> underPath == null || u.unitPath().startsWith(underPath))
                .toList();
    }
}
