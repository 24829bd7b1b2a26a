package vn.dtihub.units.web;

import java.time.LocalDate;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.units.Structure;

/** Reads the {@code structure} parameter ("current", "pre2025") or, failing that, the structure of a date. */
final class StructureParam {

    private StructureParam() {}

    static Structure resolve(String structure, LocalDate asOf) {
        if (structure != null && !structure.isBlank()) {
            return optional(structure);
        }
        return asOf == null ? Structure.CURRENT : Structure.asOf(asOf);
    }

    static Structure optional(String structure) {
        if (structure == null || structure.isBlank()) {
            return null;
        }
        return Structure.fromCode(structure.strip())
                .orElseThrow(() -> new InvalidInputException(
                        "structure", "error.structureUnknown", "Unknown structure: use current or pre2025"));
    }
}
