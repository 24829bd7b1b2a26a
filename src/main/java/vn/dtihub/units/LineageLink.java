package vn.dtihub.units;

import java.time.LocalDate;

/**
 * One link of the 2025 reorganisation seen from a unit: the other unit (its code, name, structure, and whether
 * it still exists in our data), whether the whole old unit went into the new one or only part of it, and when.
 */
public record LineageLink(
        Structure structure, String code, String name, boolean known, MergeType mergeType, LocalDate effectiveOn) {

    public enum MergeType {
        FULL,
        PARTIAL
    }
}
