package vn.dtihub.plans;

/** A titled part of a plan's text (căn cứ, mục đích yêu cầu, …). */
public record PlanSection(long id, SectionKind kind, String title, String body, int position, int version) {}
