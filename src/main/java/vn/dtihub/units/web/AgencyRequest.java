package vn.dtihub.units.web;

import vn.dtihub.units.AgencyKind;

/** The body of agency writes: the unit is the URL's, and the version guards against a stale update. */
record AgencyRequest(String name, String shortName, AgencyKind kind, Boolean active, Integer version) {}
