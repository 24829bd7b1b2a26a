package vn.dtihub.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.plans.PlanDetail;
import vn.dtihub.plans.PlanHeader;
import vn.dtihub.plans.PlanKind;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTarget;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.TargetInput;
import vn.dtihub.plans.domain.PlanHeaders;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;

@RestController
@Tag(name = "Plans", description = "Plans with their targets and tasks, and task progress")
class PlanApiController {

    private final Plans plans;
    private final PlanHeaders planHeaders;
    private final vn.dtihub.plans.domain.Sections sections;
    private final vn.dtihub.plans.domain.Cascades cascades;
    private final vn.dtihub.plans.domain.PlanTargets targets;
    private final vn.dtihub.plans.domain.PlanDocuments documents;
    private final vn.dtihub.documents.WordDocuments word;
    private final vn.dtihub.documents.PdfDocuments pdf;
    private final vn.dtihub.documents.Workbooks workbooks;
    private final vn.dtihub.shared.AuditTrail audit;
    private final org.springframework.context.MessageSource messages;

    PlanApiController(
            Plans plans,
            PlanHeaders planHeaders,
            vn.dtihub.plans.domain.Sections sections,
            vn.dtihub.plans.domain.Cascades cascades,
            vn.dtihub.plans.domain.PlanTargets targets,
            vn.dtihub.plans.domain.PlanDocuments documents,
            vn.dtihub.documents.WordDocuments word,
            vn.dtihub.documents.PdfDocuments pdf,
            vn.dtihub.documents.Workbooks workbooks,
            vn.dtihub.shared.AuditTrail audit,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.plans = plans;
        this.planHeaders = planHeaders;
        this.sections = sections;
        this.cascades = cascades;
        this.targets = targets;
        this.documents = documents;
        this.word = word;
        this.pdf = pdf;
        this.workbooks = workbooks;
        this.audit = audit;
    }

    @GetMapping("/api/v1/plans/{id}/export")
    @Operation(summary = "The plan as an official document (.docx, .pdf) or its task table as an xlsx appendix")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @RequestParam(defaultValue = "docx") String format,
            @AuthenticationPrincipal ScopedPrincipal me) {
        PlanDetail detail = plans.detail(me, id);
        String base = "ke-hoach-" + id;
        byte[] body;
        String type;
        String name;
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "docx" -> {
                body = word.write(documents.document(detail));
                type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                name = base + ".docx";
            }
            case "pdf" -> {
                body = pdf.official(documents.document(detail));
                type = "application/pdf";
                name = base + ".pdf";
            }
            case "xlsx" -> {
                body = workbooks.write(List.of(documents.taskSheet(detail)));
                type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                name = base + "-phu-luc.xlsx";
            }
            default -> throw new InvalidInputException("format", "error.typeMismatch", "format is docx, pdf or xlsx");
        }
        audit.record(vn.dtihub.shared.AuditRecord.of(
                        "PLAN_EXPORTED", "plan", id, detail.plan().issuerPath())
                .withDetail(format));
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(type))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    @GetMapping("/api/v1/plans")
    @Operation(
            summary = "Plans within the caller's scope or issued above them, filtered by year, kind, status and issuing"
                    + " unit (its code, in the structure of the caller's unit unless structure=pre2025|current; the"
                    + " unit's plans and those of the units under it)")
    List<PlanSummary> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) PlanKind kind,
            @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String structure,
            @AuthenticationPrincipal ScopedPrincipal me) {
        return plans.list(me, year, kind, status, unit == null ? null : plans.unitPath(me, unit, structure));
    }

    record CreatePlan(
            String number,
            String title,
            PlanKind kind,
            String signer,
            LocalDate issuedOn,
            Integer yearFrom,
            Integer yearTo,
            List<Long> parentIds) {}

    @PostMapping("/api/v1/plans")
    @Operation(summary = "Create a draft plan issued by the caller's unit, implementing the given plans")
    ResponseEntity<PlanSummary> create(@RequestBody CreatePlan body, @AuthenticationPrincipal ScopedPrincipal me) {
        PlanSummary p = planHeaders.create(
                me,
                new PlanHeader(
                        body.number(),
                        body.title(),
                        body.kind(),
                        body.signer(),
                        body.issuedOn(),
                        body.yearFrom(),
                        body.yearTo()),
                body.parentIds());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + p.id())).body(p);
    }

    @GetMapping("/api/v1/plans/{id}")
    @Operation(summary = "A plan with its parents, sections, targets and tasks (late ones flagged)")
    PlanDetail get(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return plans.detail(me, id);
    }

    record UpdatePlan(
            String number,
            String title,
            PlanKind kind,
            String signer,
            LocalDate issuedOn,
            Integer yearFrom,
            Integer yearTo,
            Integer version) {}

    @PutMapping("/api/v1/plans/{id}")
    @Operation(summary = "Change a draft's header; send the version you read (409 if stale or issued)")
    PlanSummary update(
            @PathVariable long id, @RequestBody UpdatePlan body, @AuthenticationPrincipal ScopedPrincipal me) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "validation.required", "version is required");
        }
        return planHeaders.updateHeader(
                me,
                id,
                body.version(),
                new PlanHeader(
                        body.number(),
                        body.title(),
                        body.kind(),
                        body.signer(),
                        body.issuedOn(),
                        body.yearFrom(),
                        body.yearTo()));
    }

    @PostMapping("/api/v1/plans/{id}/issue")
    @Operation(summary = "Issue a draft: its text is frozen")
    PlanSummary issue(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return planHeaders.issue(me, id);
    }

    record SectionChange(vn.dtihub.plans.SectionKind kind, String title, String body, Integer version) {}

    @PostMapping("/api/v1/plans/{id}/sections")
    @Operation(summary = "Add a section (căn cứ, mục đích, …) to a draft")
    ResponseEntity<vn.dtihub.plans.PlanSection> addSection(
            @PathVariable long id, @RequestBody SectionChange body, @AuthenticationPrincipal ScopedPrincipal me) {
        return ResponseEntity.status(201).body(sections.add(me, id, body.kind(), body.title(), body.body()));
    }

    @PutMapping("/api/v1/plans/{id}/sections/{sectionId}")
    @Operation(
            summary =
                    "Change a section; after issue an amendment that keeps the replaced wording. Send the version you read: a stale one is a 409")
    vn.dtihub.plans.PlanSection updateSection(
            @PathVariable long id,
            @PathVariable long sectionId,
            @RequestBody SectionChange body,
            @AuthenticationPrincipal ScopedPrincipal me) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "validation.required", "version is required");
        }
        return sections.update(me, id, sectionId, body.version(), body.kind(), body.title(), body.body());
    }

    @DeleteMapping("/api/v1/plans/{id}/sections/{sectionId}")
    @Operation(summary = "Delete a section of a draft (409 once issued: amend it instead)")
    ResponseEntity<Void> deleteSection(
            @PathVariable long id, @PathVariable long sectionId, @AuthenticationPrincipal ScopedPrincipal me) {
        sections.delete(me, id, sectionId);
        return ResponseEntity.noContent().build();
    }

    record Supersede(Long byPlanId) {}

    @PostMapping("/api/v1/plans/{id}/supersede")
    @Operation(
            summary =
                    "Mark an issued plan as superseded, optionally by the plan that replaces it: it is kept as it was,"
                            + " takes no more amendments or reports, and its tasks leave the work lists")
    PlanSummary supersede(
            @PathVariable long id,
            @RequestBody(required = false) Supersede body,
            @AuthenticationPrincipal ScopedPrincipal me) {
        return planHeaders.supersede(me, id, body == null ? null : body.byPlanId());
    }

    record Cascade(String unitCode, String structure, String number, String title) {}

    @PostMapping("/api/v1/plans/{id}/cascade")
    @Operation(
            summary =
                    "Create a lower unit's plan from this one: the basis, and the targets and tasks that are that unit's")
    ResponseEntity<PlanSummary> cascade(
            @PathVariable long id, @RequestBody Cascade body, @AuthenticationPrincipal ScopedPrincipal me) {
        PlanSummary child = cascades.cascade(me, id, body.unitCode(), body.structure(), body.number(), body.title());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + child.id())).body(child);
    }

    record Value(java.math.BigDecimal value) {}

    @PostMapping("/api/v1/plans/{id}/targets/{targetId}/value")
    @Operation(summary = "Record a target's latest value")
    PlanTarget recordValue(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestBody Value body,
            @AuthenticationPrincipal ScopedPrincipal me) {
        return targets.recordValue(me, id, targetId, body.value());
    }

    @GetMapping("/api/v1/plans/{id}/targets")
    @Operation(summary = "A plan's targets")
    List<PlanTarget> targets(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return plans.detail(me, id).targets();
    }

    @PostMapping("/api/v1/plans/{id}/targets")
    @Operation(summary = "Add a target (after issue: an amendment, audited)")
    ResponseEntity<PlanTarget> addTarget(
            @PathVariable long id, @RequestBody TargetInput body, @AuthenticationPrincipal ScopedPrincipal me) {
        return ResponseEntity.status(201).body(targets.add(me, id, body));
    }

    @PutMapping("/api/v1/plans/{id}/targets/{targetId}")
    @Operation(
            summary =
                    "Change a target (standing office; after issue an amendment); send the version you read: a stale one is a 409")
    PlanTarget updateTarget(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestBody TargetChange body,
            @AuthenticationPrincipal ScopedPrincipal me) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "validation.required", "version is required");
        }
        return targets.update(
                me,
                id,
                targetId,
                body.version(),
                new TargetInput(
                        body.statement(),
                        body.area(),
                        body.unitOfMeasure(),
                        body.baseline(),
                        body.goal(),
                        body.goalYear(),
                        body.yesNo(),
                        body.leadAgencyId(),
                        body.coordinators(),
                        body.note(),
                        body.criterionId(),
                        body.horizons()));
    }

    @DeleteMapping("/api/v1/plans/{id}/targets/{targetId}")
    @Operation(summary = "Delete a target of a draft plan")
    ResponseEntity<Void> deleteTarget(
            @PathVariable long id, @PathVariable long targetId, @AuthenticationPrincipal ScopedPrincipal me) {
        targets.delete(me, id, targetId);
        return ResponseEntity.noContent().build();
    }

    record TargetChange(
            String statement,
            String area,
            String unitOfMeasure,
            java.math.BigDecimal baseline,
            java.math.BigDecimal goal,
            Integer goalYear,
            Boolean yesNo,
            Long leadAgencyId,
            String coordinators,
            String note,
            Long criterionId,
            List<vn.dtihub.plans.TargetHorizon> horizons,
            Integer version) {}
}
