package vn.dtihub.units;

/**
 * What kind of body an agency is; enterprises provide data on request. Telecom operators are apart from other
 * enterprises (the post office) because plans address them together ("các doanh nghiệp viễn thông").
 */
public enum AgencyKind {
    DEPARTMENT,
    OFFICE,
    PUBLIC_SERVICE,
    ENTERPRISE,
    TELECOM,
    OTHER
}
