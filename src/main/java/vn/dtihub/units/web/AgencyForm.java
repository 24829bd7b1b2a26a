package vn.dtihub.units.web;

import vn.dtihub.units.AgencyKind;

/** The agency form of the pages. */
record AgencyForm(String name, String shortName, AgencyKind kind, Boolean active, Integer version) {}
