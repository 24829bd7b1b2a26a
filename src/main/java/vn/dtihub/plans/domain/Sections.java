package vn.dtihub.plans.domain;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.plans.PlanSection;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.SectionKind;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;

/**
 * The text of a plan, section by section (the grounds, the purpose, the solutions, the organisation): written freely
 * while the plan is a draft; after issue a change is an amendment that keeps the wording it replaces.
 */
@Service
public class Sections {

    private final PlanRepository repository;
    private final PlanAccess access;
    private final AuditTrail audit;

    Sections(PlanRepository repository, PlanAccess access, AuditTrail audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public PlanSection add(ScopedPrincipal caller, long planId, SectionKind kind, String title, String body) {
        PlanSummary p = access.requireEdit(caller, planId);
        PlanAccess.requireDraft(p, "An issued plan's text is frozen");
        String t = PlanFields.required(title, "title", 500);
        String b = sectionBody(body);
        long id = repository.insertSection(planId, kind == null ? SectionKind.OTHER : kind, t, b);
        audit.record(AuditRecord.of("PLAN_SECTION_ADDED", "plan", planId, p.issuerPath())
                .withDetail(t));
        return sectionOf(planId, id);
    }

    /**
     * Changes a section's kind, title and text. While the plan is a draft that is an edit; after issue it is an
     * amendment: the wording it replaces is kept on the section for everyone who reads the plan, and audited. A stale
     * version is a conflict that shows the other change.
     */
    @Transactional
    public PlanSection update(
            ScopedPrincipal caller,
            long planId,
            long sectionId,
            int version,
            SectionKind kind,
            String title,
            String body) {
        PlanSummary p = access.requireEdit(caller, planId);
        PlanSection before = sectionOf(planId, sectionId);
        String t = PlanFields.required(title, "title", 500);
        String b = sectionBody(body);
        if (!repository.updateSection(sectionId, version, kind == null ? before.kind() : kind, t, b)) {
            PlanSection current = sectionOf(planId, sectionId);
            throw new ConflictException(
                    "error.conflict",
                    "The section was changed by someone else meanwhile",
                    "→ \"" + current.title() + "\"");
        }
        boolean amendment = p.status() != PlanStatus.DRAFT;
        if (amendment) {
            repository.insertRevision(sectionId, before.title(), before.body(), caller.username());
        }
        audit.record(AuditRecord.of(
                        amendment ? "PLAN_SECTION_AMENDED" : "PLAN_SECTION_UPDATED", "plan", planId, p.issuerPath())
                .change(Map.of("title", before.title(), "body", before.body()), Map.of("title", t, "body", b)));
        return sectionOf(planId, sectionId);
    }

    /** Deletes a section of a draft; an issued plan's text is amended, never cut. */
    @Transactional
    public void delete(ScopedPrincipal caller, long planId, long sectionId) {
        PlanSummary p = access.requireEdit(caller, planId);
        PlanSection section = sectionOf(planId, sectionId);
        PlanAccess.requireDraft(p, "An issued plan's sections are amended, not deleted");
        repository.deleteSection(sectionId);
        audit.record(AuditRecord.of("PLAN_SECTION_DELETED", "plan", planId, p.issuerPath())
                .change(Map.of("title", section.title(), "body", section.body()), null));
    }

    private PlanSection sectionOf(long planId, long sectionId) {
        return repository.sections(planId).stream()
                .filter(s -> s.id() == sectionId)
                .findFirst()
                .orElseThrow(() -> PlanNotFoundException.sectionForId(sectionId));
    }

    private static String sectionBody(String body) {
        String b = VietnameseText.nfcText(body);
        if (b == null || b.isEmpty() || b.length() > 20_000) {
            throw new InvalidInputException(
                    "body", "validation.required", "The text is required (at most 20,000 characters)");
        }
        return b;
    }
}
