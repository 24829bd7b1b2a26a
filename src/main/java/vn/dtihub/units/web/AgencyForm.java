package vn.dtihub.units.web;

import vn.dtihub.units.AgencyKind;

/**
 * The agency form of the pages. Serializable: a rejected form travels to the next page as a flash attribute, and
 * sessions live in the database.
 */
record AgencyForm(String name, String shortName, AgencyKind kind, Boolean active, Integer version)
        implements java.io.Serializable {}
