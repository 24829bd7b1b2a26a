package vn.dtihub.units;

/** What kind of body an agency is; enterprises (telecoms, the post office) provide data on request. */
public enum AgencyKind {
    DEPARTMENT,
    OFFICE,
    PUBLIC_SERVICE,
    ENTERPRISE,
    OTHER
}
