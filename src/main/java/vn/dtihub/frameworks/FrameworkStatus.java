package vn.dtihub.frameworks;

/** Draft (editable), published (frozen: a change needs a new version), retired. */
public enum FrameworkStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
