package vn.dtihub.plans.domain;

import vn.dtihub.plans.PartyPhrases;
import vn.dtihub.units.AgencyKind;
import vn.dtihub.units.AgencyNames;
import vn.dtihub.units.Level;

/**
 * Whether a task's coordinating agencies, as the plan writes them ("Văn phòng UBND tỉnh; các sở, ban, ngành cấp
 * tỉnh; UBND cấp huyện"), name an agency or a unit: by its name or short name, abbreviations spelled out, or by a
 * collective phrase of {@link PartyPhrases} that designates it.
 */
final class Coordination {

    private Coordination() {}

    /** Whether the text names the agency (of that kind, of a unit at the given level) among the coordinators. */
    static boolean namesAgency(String coordinators, String name, String shortName, AgencyKind kind, Level unitLevel) {
        if (coordinators == null || coordinators.isBlank()) {
            return false;
        }
        String text = " " + AgencyNames.key(coordinators) + " ";
        if (contains(text, name) || contains(text, shortName)) {
            return true;
        }
        return PartyPhrases.groupsIn(coordinators).stream()
                .anyMatch(g -> PartyPhrases.coversAgency(g, kind, unitLevel));
    }

    /** Whether the text names the unit (a district or commune people's committee) among the coordinators. */
    static boolean namesUnit(String coordinators, String unitName, Level level) {
        if (coordinators == null || coordinators.isBlank() || level == Level.PROVINCE) {
            return false;
        }
        String text = " " + AgencyNames.key(coordinators) + " ";
        if (contains(text, unitName)) {
            return true;
        }
        return PartyPhrases.groupsIn(coordinators).stream().anyMatch(g -> PartyPhrases.coversUnit(g, level));
    }

    private static boolean contains(String text, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String key = AgencyNames.key(name);
        return !key.isEmpty() && text.contains(" " + key + " ");
    }
}
