package vn.dtihub.plans;

/** Whose tasks a list shows: an agency, or a unit's people's committee (a commune leading a task), by name. */
public record Assignee(Long agencyId, String unitPath, String name) {}
