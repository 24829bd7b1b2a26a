package vn.dtihub.plans;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A titled part of a plan's text (căn cứ, mục đích yêu cầu, …), with the wordings amendments after issue replaced,
 * oldest first.
 */
public record PlanSection(
        long id, SectionKind kind, String title, String body, int position, int version, List<Revision> revisions) {

    /** A wording an amendment replaced: when, by whom. */
    public record Revision(String title, String body, OffsetDateTime replacedAt, String replacedBy) {}
}
