package vn.dtihub.scoring.domain;

import java.util.ArrayList;
import java.util.List;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Level;
import vn.dtihub.units.UnitView;

/** Whose results a caller reads, and which peers a unit is ranked among: the rules every reading of results shares. */
public final class Readings {

    private Readings() {}

    /** Communes are ranked among their like (wards, rural communes, special zones); provinces all together. */
    public static String peerGroup(UnitView unit) {
        return unit != null && unit.level() == Level.COMMUNE ? unit.kindName() : null;
    }

    /** The LIKE patterns of the units a caller reads results of (null: all), for the run's unit rows. */
    public static List<String> patterns(ScopedPrincipal caller) {
        if (caller.scope().national()) {
            return null;
        }
        List<String> out = new ArrayList<>(caller.scope().likePatterns());
        if (caller.seatPath() != null) {
            out.add(caller.seatPath());
        }
        return out;
    }
}
