package vn.dtihub.units;

/** What a user may set on an agency; the unit it belongs to is fixed at creation. */
public record AgencyChange(String name, String shortName, AgencyKind kind, Boolean active) {}
