package vn.dtihub.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
        java.text.DecimalFormatSymbols vi = new java.text.DecimalFormatSymbols(Locale.ROOT);
        vi.setDecimalSeparator(',');
        vi.setGroupingSeparator('.');
        java.text.DecimalFormat index = new java.text.DecimalFormat("0.0000", vi);
        java.text.DecimalFormat points = new java.text.DecimalFormat("#,##0.0", vi);
        java.text.DecimalFormat max = new java.text.DecimalFormat("#,##0", vi);
        List<Row> out = new ArrayList<>(units.size());
        for (UnitResult u : units) {
            UnitResult.ViewResult s = u.view(sort);
            List<Cell> cells = new ArrayList<>(u.views().size());
            for (UnitResult.ViewResult v : u.views()) {
                cells.add(new Cell(
                        v.code(),
                        v.index() == null ? "–" : index.format(v.index()),
                        points.format(v.points()) + " / " + max.format(v.max()),
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
        return units.stream()
                .filter(u -> group == null || group.isBlank() || group.equals(u.peerGroup()))
                .sorted(Comparator.comparing((UnitResult u) ->
                                u.view(view) == null || u.view(view).rank() == null
                                        ? Integer.MAX_VALUE
                                        : u.view(view).rank())
                        .thenComparing(UnitResult::unitName))
                .toList();
    }
}
