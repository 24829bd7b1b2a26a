package vn.dtihub.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dtihub.shared.Numbers;

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
                        v.index() == null ? "–" : Numbers.vietnamese(v.index(), 4),
                        Numbers.vietnamese(v.points(), 1) + " / " + Numbers.vietnamese(v.max(), 0),
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

    /** The units of a peer group (all when none is chosen), by their rank in a view; the unranked last. */
    public static List<UnitResult> ranked(List<UnitResult> units, String group, String view) {
        record Keyed(UnitResult unit, int rank) {}
        return units.stream()
                .filter(u -> group == null || group.isBlank() || group.equals(u.peerGroup()))
                .map(u -> {
                    UnitResult.ViewResult v = u.view(view);
                    return new Keyed(u, v == null || v.rank() == null ? Integer.MAX_VALUE : v.rank());
                })
                .sorted(Comparator.comparingInt(Keyed::rank)
                        .thenComparing(k -> k.unit().unitName()))
                .map(Keyed::unit)
                .toList();
    }
}
