package vn.dtihub.plans;

import java.util.List;
import vn.dtihub.units.AgencyNames;
import vn.dtihub.units.Level;

/**
 * Whether a task's coordinating agencies, as the plan writes them ("Văn phòng UBND tỉnh; các sở, ban, ngành cấp
 * tỉnh; UBND cấp huyện"), name an agency or a unit: by its name or short name, abbreviations spelled out, or by the
 * collective phrase that covers its level. Documents rarely list every department by name, so the collective phrases
 * matter as much as the names.
 */
final class Coordination {

    /** "Các sở, ban, ngành" covers every agency of a province; "các phòng, ban" every office of a district or commune. */
    private static final List<String> PROVINCE_AGENCIES = List.of("cac so ban nganh", "cac so nganh", "cac so ban");

    private static final List<String> LOCAL_AGENCIES =
            List.of("cac phong ban", "cac phong chuyen mon", "cac ban nganh");

    private static final List<String> DISTRICTS = List.of(
            "uy ban nhan dan cap huyen",
            "uy ban nhan dan cac huyen",
            "cac huyen thi xa thanh pho",
            "cac huyen thi xa",
            "cac don vi cap huyen");

    private static final List<String> COMMUNES = List.of(
            "uy ban nhan dan cap xa",
            "uy ban nhan dan cac xa",
            "cac xa phuong thi tran",
            "cac xa phuong",
            "cac xa thi tran");

    private Coordination() {}

    /** Whether the text names the agency (of a unit at the given level) among the coordinators. */
    static boolean namesAgency(String coordinators, String name, String shortName, Level unitLevel) {
        if (coordinators == null || coordinators.isBlank()) {
            return false;
        }
        String text = " " + AgencyNames.key(coordinators) + " ";
        if (contains(text, name) || contains(text, shortName)) {
            return true;
        }
        return (unitLevel == Level.PROVINCE ? PROVINCE_AGENCIES : LOCAL_AGENCIES)
                .stream().anyMatch(p -> text.contains(" " + p + " "));
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
        return (level == Level.DISTRICT ? DISTRICTS : COMMUNES).stream().anyMatch(p -> text.contains(" " + p + " "));
    }

    private static boolean contains(String text, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String key = AgencyNames.key(name);
        return !key.isEmpty() && text.contains(" " + key + " ");
    }
}
