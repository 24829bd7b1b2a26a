package vn.dtihub.units;

/** How an agency ended: renamed (the same body under a new name) or merged into another agency. */
public enum Succession {
    RENAMED,
    MERGED
}
