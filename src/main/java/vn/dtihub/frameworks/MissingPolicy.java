package vn.dtihub.frameworks;

/** What a missing value does: counts as zero, leaves the criterion out of the unit's maximum, or flags the unit as not having enough data. */
public enum MissingPolicy {
    ZERO,
    EXCLUDE,
    FLAG
}
