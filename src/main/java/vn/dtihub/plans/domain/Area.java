package vn.dtihub.plans.domain;

import java.util.Arrays;
import java.util.Locale;
import vn.dtihub.shared.InvalidInputException;

/**
 * The ten areas plans sort their targets and tasks into: the seven foundations of the glossary and the three
 * pillars (chính quyền số, kinh tế số, xã hội số).
 */
public enum Area {
    AWARENESS,
    INSTITUTIONS,
    INFRASTRUCTURE,
    DATA,
    PLATFORMS,
    HUMAN_RESOURCES,
    CYBER_SECURITY,
    DIGITAL_GOVERNMENT,
    DIGITAL_ECONOMY,
    DIGITAL_SOCIETY;

    /** The area named by a code, or null for none; an unknown code is refused naming the field. */
    public static String check(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (Arrays.stream(values()).noneMatch(a -> a.name().equals(c))) {
            throw new InvalidInputException(field, "plan.areaUnknown", "Unknown area " + code);
        }
        return c;
    }
}
