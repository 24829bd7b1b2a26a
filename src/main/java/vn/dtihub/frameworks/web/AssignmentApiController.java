package vn.dtihub.frameworks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.documents.PdfDocuments;
import vn.dtihub.documents.Sheet;
import vn.dtihub.documents.Workbooks;
import vn.dtihub.frameworks.Assignment;
import vn.dtihub.frameworks.AssignmentRequest;
import vn.dtihub.frameworks.AssignmentRole;
import vn.dtihub.frameworks.Assignments;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.UnitView;

@RestController
@Tag(name = "Assignments", description = "Who leads, coordinates, supplies or verifies each criterion")
class AssignmentApiController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Frameworks frameworks;
    private final Assignments assignments;
    private final Workbooks workbooks;
    private final PdfDocuments pdfs;
    private final MessageSource messages;
    private final AuditTrail audit;

    AssignmentApiController(
            Frameworks frameworks,
            Assignments assignments,
            Workbooks workbooks,
            PdfDocuments pdfs,
            MessageSource messages,
            AuditTrail audit) {
        this.frameworks = frameworks;
        this.assignments = assignments;
        this.workbooks = workbooks;
        this.pdfs = pdfs;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/api/v1/frameworks/{id}/assignments")
    @Operation(
            summary =
                    "The assignment table in a unit's scope (default: the caller's), optionally for one agency or criterion")
    List<Assignment> list(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String structure,
            @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) String criterion,
            @AuthenticationPrincipal ScopedPrincipal me) {
        UnitView scope = assignments.scopeUnit(me, unit, structure);
        return assignments.table(me, id, scope).stream()
                .filter(a -> agencyId == null || agencyId.equals(a.agencyId()))
                .filter(a -> criterion == null || criterion.equals(a.criterionCode()))
                .toList();
    }

    @PostMapping("/api/v1/frameworks/{id}/assignments")
    @Operation(summary = "Assign criteria (a code covers its subtree) to an agency or a unit with a role")
    ResponseEntity<List<Assignment>> assign(
            @PathVariable long id,
            @RequestBody AssignmentRequest request,
            @AuthenticationPrincipal ScopedPrincipal me) {
        return ResponseEntity.status(201).body(assignments.assign(me, id, request));
    }

    @DeleteMapping("/api/v1/frameworks/{id}/assignments/{assignmentId}")
    @Operation(summary = "Remove an assignment")
    ResponseEntity<Void> unassign(
            @PathVariable long id, @PathVariable long assignmentId, @AuthenticationPrincipal ScopedPrincipal me) {
        assignments.unassign(me, id, assignmentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/my/criteria")
    @Operation(summary = "What the caller's agency or unit must lead, coordinate, supply or verify")
    List<Assignment> mine(@AuthenticationPrincipal ScopedPrincipal me) {
        if (me.seatAgencyId() != null) {
            return assignments.ofAgency(me, me.seatAgencyId());
        }
        return assignments.defaultScope(me).map(u -> assignments.ofUnit(me, u)).orElse(List.of());
    }

    @GetMapping("/api/v1/frameworks/{id}/assignments/export")
    @Operation(summary = "The assignment table as the appendix prints it, in xlsx or PDF")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String structure,
            @AuthenticationPrincipal ScopedPrincipal me) {
        FrameworkSummary f = frameworks.get(me, id);
        UnitView scope = assignments.scopeUnit(me, unit, structure);
        List<Assignments.TableLine> lines = assignments.lines(me, id, scope);
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>();
        headers.add("TT");
        headers.add(messages.getMessage("assignment.criterion", null, locale));
        for (AssignmentRole role : AssignmentRole.values()) {
            headers.add(messages.getMessage("assignment.role." + role, null, locale));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Assignments.TableLine line : lines) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(n++));
            row.add(line.code() + " " + line.name());
            for (AssignmentRole role : AssignmentRole.values()) {
                row.add(line.of(role).stream().map(Assignment::assigneeName).collect(Collectors.joining("; ")));
            }
            rows.add(row);
        }
        String heading = "PHỤ LỤC: PHÂN CÔNG THỰC HIỆN " + f.name().toUpperCase(vn.dtihub.shared.VietnameseText.LOCALE);
        String subtitle = scope.fullName() + (f.decisionNumber() == null ? "" : " · " + f.decisionNumber());
        audit.record(AuditRecord.of("ASSIGNMENTS_EXPORTED", "framework", id, scope.path())
                .withDetail(format));
        String fileName = "phan-cong-" + id + "-" + scope.code();
        if ("pdf".equalsIgnoreCase(format)) {
            return FrameworkApiController.attachment(
                    pdfs.table(heading, subtitle, headers, rows), MediaType.APPLICATION_PDF, fileName + ".pdf");
        }
        if (!"xlsx".equalsIgnoreCase(format)) {
            throw new InvalidInputException("format", "error.typeMismatch", "format is xlsx or pdf");
        }
        List<List<Object>> cells =
                rows.stream().map(r -> (List<Object>) new ArrayList<Object>(r)).toList();
        byte[] xlsx = workbooks.write(List.of(new Sheet(
                "Phụ lục", List.of(heading, subtitle), headers, cells, List.of(5, 60, 30, 40, 40, 25), true)));
        return FrameworkApiController.attachment(xlsx, XLSX, fileName + ".xlsx");
    }
}
