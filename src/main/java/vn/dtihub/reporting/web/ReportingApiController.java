package vn.dtihub.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodInput;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.ValueInput;
import vn.dtihub.reporting.domain.FormEvent;
import vn.dtihub.reporting.domain.FormLine;
import vn.dtihub.reporting.domain.Forms;
import vn.dtihub.reporting.domain.PeriodOpening;
import vn.dtihub.reporting.domain.Periods;
import vn.dtihub.reporting.domain.Workflow;
import vn.dtihub.shared.ScopedPrincipal;

@RestController
@Tag(name = "Reporting", description = "Reporting periods, forms, values, review and completeness")
class ReportingApiController {

    private final Periods periods;
    private final PeriodOpening opening;
    private final Forms forms;
    private final Workflow workflow;
    private final vn.dtihub.documents.Workbooks workbooks;
    private final org.springframework.context.MessageSource messages;

    /** Exports are official documents: in Vietnamese whatever the reader's language. */
    ReportingApiController(
            Periods periods,
            PeriodOpening opening,
            Forms forms,
            Workflow workflow,
            vn.dtihub.documents.Workbooks workbooks,
            org.springframework.context.MessageSource messages) {
        this.periods = periods;
        this.opening = opening;
        this.forms = forms;
        this.workflow = workflow;
        this.workbooks = workbooks;
        this.messages = messages;
    }

    @GetMapping("/api/v1/periods")
    @Operation(summary = "Periods over the caller's scope, or in which the caller reports")
    List<PeriodSummary> periods(@AuthenticationPrincipal ScopedPrincipal me) {
        return periods.list(me);
    }

    @PostMapping("/api/v1/periods")
    @Operation(
            summary = "Open a period over the caller's unit for a published framework; dates left out are prefilled"
                    + " (a quarter's reports by the 15th of its last month, communes first). Creates every form.")
    ResponseEntity<PeriodSummary> open(@RequestBody PeriodInput body, @AuthenticationPrincipal ScopedPrincipal me) {
        PeriodSummary p = opening.open(me, body);
        return ResponseEntity.created(URI.create("/api/v1/periods/" + p.id())).body(p);
    }

    @GetMapping("/api/v1/periods/{id}")
    @Operation(summary = "One period")
    PeriodSummary period(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return periods.get(me, id);
    }

    record Versioned(Integer version) {}

    @PostMapping("/api/v1/periods/{id}/close")
    @Operation(summary = "Close a period (send the version you read)")
    PeriodSummary close(
            @PathVariable long id, @RequestBody Versioned body, @AuthenticationPrincipal ScopedPrincipal me) {
        return periods.close(me, id, body.version());
    }

    /** A form line on the completeness page and the API: the form and its figures, computed. */
    record Completeness(
            FormSummary form, int percentFilled, Boolean onTime, boolean late, long daysLeft, LocalDate deadline) {}

    @GetMapping("/api/v1/periods/{id}/completeness")
    @Operation(
            summary = "For each form of the period the caller may see: status, % of criteria filled, on time or late,"
                    + " days left; narrowed to the units under a path and to a status")
    List<Completeness> completeness(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) FormStatus status,
            @AuthenticationPrincipal ScopedPrincipal me) {
        LocalDate today = periods.today();
        return periods.completeness(me, id, unit, status).stream()
                .map(f -> new Completeness(
                        f, f.percentFilled(), f.onTime(), f.late(today), f.daysLeft(today), f.deadline()))
                .toList();
    }

    private static final org.springframework.http.MediaType XLSX = org.springframework.http.MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @GetMapping("/api/v1/periods/{id}/completeness/export")
    @Operation(summary = "The completeness table as xlsx, with the same filters")
    ResponseEntity<byte[]> completenessXlsx(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) FormStatus status,
            @AuthenticationPrincipal ScopedPrincipal me) {
        PeriodSummary p = periods.get(me, id);
        LocalDate today = periods.today();
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        java.time.format.DateTimeFormatter at = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .withZone(vn.dtihub.shared.VietnamTime.ZONE);
        List<List<Object>> rows = new java.util.ArrayList<>();
        int n = 0;
        for (FormSummary f : periods.completeness(me, id, unit, status)) {
            rows.add(java.util.Arrays.asList(
                    ++n,
                    f.assigneeName(),
                    messages.getMessage("form.status." + f.status(), null, vn.dtihub.shared.VietnameseText.LOCALE),
                    f.filled() + "/" + f.items(),
                    f.percentFilled(),
                    f.deadline().format(day),
                    f.extendedTo() == null ? "" : f.extensionReason(),
                    f.submittedAt() == null ? "" : at.format(f.submittedAt()),
                    f.onTime() == null ? (f.late(today) ? "Quá hạn" : "") : f.onTime() ? "Đúng hạn" : "Muộn",
                    f.daysLeft(today)));
        }
        byte[] xlsx = workbooks.write(List.of(new vn.dtihub.documents.Sheet(
                "Tiến độ",
                List.of("TIẾN ĐỘ BÁO CÁO: " + p.title(), p.frameworkName()),
                List.of(
                        "TT",
                        "Đơn vị, cơ quan",
                        "Trạng thái",
                        "Đã nhập",
                        "%",
                        "Hạn",
                        "Lý do gia hạn",
                        "Nộp lúc",
                        "Đúng hạn",
                        "Còn (ngày)"),
                rows,
                List.of(5, 45, 18, 10, 6, 12, 30, 17, 12, 10),
                true)));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("tien-do-bao-cao-" + id + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(xlsx);
    }

    record Extension(LocalDate extendedTo, String reason, Integer version) {}

    @PostMapping("/api/v1/forms/{id}/extend")
    @Operation(summary = "Give one form more time, with the reason, without reopening the period for all")
    FormSummary extend(
            @PathVariable long id, @RequestBody Extension body, @AuthenticationPrincipal ScopedPrincipal me) {
        return periods.extend(me, id, body.version(), body.extendedTo(), body.reason());
    }

    @GetMapping("/api/v1/forms")
    @Operation(
            summary = "The caller's own forms; with period=…, the forms of that period the caller may see, narrowed"
                    + " by unit (a path) and status")
    List<FormSummary> forms(
            @RequestParam(required = false) Long period,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) FormStatus status,
            @AuthenticationPrincipal ScopedPrincipal me) {
        if (period == null) {
            return forms.mine(me).stream()
                    .filter(f -> status == null || f.status() == status)
                    .toList();
        }
        return periods.completeness(me, period, unit, status);
    }

    /** A form with its criteria: what each asks, its value and version, points, comments and last period's value. */
    record FormView(FormSummary form, PeriodSummary period, List<Line> lines) {}

    record Line(
            long criterionId,
            String code,
            String name,
            String valueType,
            String unitOfMeasure,
            BigDecimal maxPoints,
            String rule,
            boolean evidenceRequired,
            String evidenceKind,
            String role,
            String value,
            BigDecimal number,
            BigDecimal denominator,
            Boolean yes,
            String choice,
            String text,
            LocalDate date,
            String explanation,
            int version,
            BigDecimal points,
            BigDecimal reviewerPoints,
            String reviewerComment,
            String previous,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "On a unit's form, the units below rolled up by the criterion's"
                            + " consolidation (submitted values only); absent when it defines none")
            Consolidated consolidated) {

        /** The units below rolled up: the figure, how it is made, units counted out of the units below. */
        record Consolidated(
                String value, BigDecimal number, BigDecimal denominator, String explained, int counted, int units) {}

        static Line of(FormLine l) {
            var c = l.criterion();
            var v = l.value();
            return new Line(
                    c.id(),
                    c.code(),
                    c.name(),
                    c.valueType() == null ? null : c.valueType().name(),
                    c.unitOfMeasure(),
                    c.maxPoints(),
                    l.ruleText(),
                    c.evidenceRequired(),
                    c.evidenceKind(),
                    l.role(),
                    v == null ? null : v.display(),
                    v == null ? null : v.number(),
                    v == null ? null : v.denominator(),
                    v == null ? null : v.yes(),
                    v == null ? null : v.choice(),
                    v == null ? null : v.text(),
                    v == null ? null : v.date(),
                    v == null ? null : v.explanation(),
                    l.version(),
                    l.points(),
                    l.reviewerPoints(),
                    l.reviewerComment(),
                    l.previous(),
                    l.consolidated() == null
                            ? null
                            : new Consolidated(
                                    l.consolidated().value() == null
                                            ? null
                                            : l.consolidated().value().display(),
                                    l.consolidated().value() == null
                                            ? null
                                            : l.consolidated().value().number(),
                                    l.consolidated().value() == null
                                            ? null
                                            : l.consolidated().value().denominator(),
                                    l.consolidated().explained(),
                                    l.consolidated().counted(),
                                    l.consolidated().units()));
        }
    }

    @GetMapping("/api/v1/forms/{id}")
    @Operation(summary = "A form with its criteria and values")
    FormView form(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        FormSummary f = forms.get(me, id);
        return new FormView(
                f,
                forms.period(f),
                forms.lines(me, f, vn.dtihub.shared.VietnameseText.LOCALE).stream()
                        .map(Line::of)
                        .toList());
    }

    record ValueChange(
            Integer version,
            String number,
            String denominator,
            String yes,
            String choice,
            String text,
            String date,
            String explanation,
            String reason) {}

    @PutMapping("/api/v1/forms/{id}/values/{criterionId}")
    @Operation(
            summary = "Save one value with the version you read (0 for a first value): a stale one is a 409 showing"
                    + " the other value. Numbers as typed (99,9). A reviewer's correction needs a reason.")
    Line save(
            @PathVariable long id,
            @PathVariable long criterionId,
            @RequestBody ValueChange body,
            @AuthenticationPrincipal ScopedPrincipal me) {
        return Line.of(forms.save(
                me,
                id,
                criterionId,
                body.version(),
                new ValueInput(
                        body.number(),
                        body.denominator(),
                        body.yes(),
                        body.choice(),
                        body.text(),
                        body.date(),
                        body.explanation()),
                body.reason()));
    }

    @PostMapping("/api/v1/forms/{id}/submit")
    @Operation(
            summary = "The unit's head submits the form; an Idempotency-Key header makes a retried request submit once")
    FormSummary submit(
            @PathVariable long id,
            @RequestBody Versioned body,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @AuthenticationPrincipal ScopedPrincipal me) {
        return workflow.submit(me, id, body.version(), key);
    }

    @PostMapping("/api/v1/forms/{id}/review")
    @Operation(summary = "The standing office takes a submitted form up for appraisal")
    FormSummary review(
            @PathVariable long id, @RequestBody Versioned body, @AuthenticationPrincipal ScopedPrincipal me) {
        return workflow.startReview(me, id, body.version());
    }

    record SendBack(Integer version, String note, Map<Long, String> comments) {}

    @PostMapping("/api/v1/forms/{id}/return")
    @Operation(summary = "Send a form back with a note and a comment per criterion (criterion id → comment)")
    FormSummary sendBack(
            @PathVariable long id, @RequestBody SendBack body, @AuthenticationPrincipal ScopedPrincipal me) {
        return workflow.sendBack(me, id, body.version(), body.note(), body.comments());
    }

    @PostMapping("/api/v1/forms/{id}/approve")
    @Operation(summary = "Approve a form: its values are locked")
    FormSummary approve(
            @PathVariable long id, @RequestBody Versioned body, @AuthenticationPrincipal ScopedPrincipal me) {
        return workflow.approve(me, id, body.version());
    }

    record Reopen(Integer version, String reason) {}

    @PostMapping("/api/v1/forms/{id}/reopen")
    @Operation(summary = "Reopen an approved form, with the reason; it goes back to the unit")
    FormSummary reopen(@PathVariable long id, @RequestBody Reopen body, @AuthenticationPrincipal ScopedPrincipal me) {
        return workflow.reopen(me, id, body.version(), body.reason());
    }

    record Points(BigDecimal points) {}

    @PutMapping("/api/v1/forms/{id}/points/{criterionId}")
    @Operation(summary = "The reviewer's points for a reviewer-scored criterion, while the form is appraised")
    Line points(
            @PathVariable long id,
            @PathVariable long criterionId,
            @RequestBody Points body,
            @AuthenticationPrincipal ScopedPrincipal me) {
        return Line.of(workflow.givePoints(me, id, criterionId, body.points()));
    }

    @GetMapping("/api/v1/forms/{id}/history")
    @Operation(summary = "Every change of the form: values old → new, status changes, reasons; newest first")
    List<FormEvent> history(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return forms.history(me, id);
    }
}
