package vn.dtihub.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.ValueInput;
import vn.dtihub.reporting.domain.FormLine;
import vn.dtihub.reporting.domain.FormPermissions;
import vn.dtihub.reporting.domain.Forms;
import vn.dtihub.reporting.domain.Periods;
import vn.dtihub.reporting.domain.Workflow;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * The pages of report forms: the caller's forms, and a form itself, whose values save as they are typed (htmx, row by row) and whose workflow buttons are
 * those the caller may press.
 */
@Controller
class FormPageController {

    private final Periods periods;
    private final Forms forms;
    private final Workflow workflow;
    private final vn.dtihub.reporting.domain.Evidence evidence;
    private final vn.dtihub.reporting.domain.Appeals appeals;
    private final FormRowsHtml rows;

    FormPageController(
            Periods periods,
            Forms forms,
            Workflow workflow,
            vn.dtihub.reporting.domain.Evidence evidence,
            vn.dtihub.reporting.domain.Appeals appeals,
            FormRowsHtml rows) {
        this.appeals = appeals;
        this.rows = rows;
        this.periods = periods;
        this.forms = forms;
        this.workflow = workflow;
        this.evidence = evidence;
    }

    @GetMapping("/forms")
    String mine(@AuthenticationPrincipal ScopedPrincipal me, Model model) {
        model.addAttribute("forms", forms.mine(me));
        model.addAttribute("today", periods.today());
        return "reporting/forms";
    }

    /** How many of a form's latest changes its page shows, unless asked for all. */
    static final int RECENT_HISTORY = 50;

    @GetMapping("/forms/{id}")
    String form(
            @PathVariable long id,
            @RequestParam(required = false) String history,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            HttpServletRequest request,
            Locale locale) {
        FormSummary f = forms.get(me, id);
        PeriodSummary period = forms.period(f);
        List<FormLine> lines =
                forms.lines(me, f, period, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        model.addAttribute("form", f);
        model.addAttribute("period", period);
        model.addAttribute("lines", lines);
        Forms.Recent recent = forms.recentHistory(me, f, "all".equals(history) ? Integer.MAX_VALUE : RECENT_HISTORY);
        model.addAttribute("history", recent.events());
        model.addAttribute("historyTotal", recent.total());
        model.addAttribute("returnNote", forms.returnNote(me, f));
        FormPermissions may = forms.permissions(me, f, period);
        model.addAttribute("may", may);
        var evidenceOfForm = evidence.ofForm(me, f);
        model.addAttribute("appeals", appeals.ofForm(me, f));
        @SuppressWarnings("unchecked")
        Map<String, String> submitted = (Map<String, String>) model.getAttribute("submitted");
        model.addAttribute(
                "rowsHtml",
                rows.rows(new FormRowsHtml.Page(
                        f,
                        lines,
                        may.edit(),
                        may.correct(),
                        may.review(),
                        evidenceOfForm,
                        may.edit() ? evidence.libraryOf(me, f) : List.of(),
                        submitted,
                        (Long) model.getAttribute("submittedFor"),
                        request.getContextPath(),
                        (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                        locale)));
        model.addAttribute("today", periods.today());
        model.addAttribute("zone", vn.dtihub.shared.VietnamTime.ZONE);
        return "reporting/form";
    }

    /** A row's inputs as the page posts them. */
    record RowInput(
            Integer version,
            String number,
            String denominator,
            String yes,
            String choice,
            String text,
            String date,
            String explanation,
            String reason) {

        ValueInput value() {
            return new ValueInput(number, denominator, yes, choice, text, date, explanation);
        }
    }

    /**
     * Saves one row from htmx: the row's status comes back (who saved it, or the refusal) with its new version and
     * points out of band, leaving the inputs as the user is typing them.
     */
    @PostMapping(path = "/forms/{id}/values/{criterionId}", headers = "HX-Request=true")
    ResponseEntity<String> saveRow(
            @PathVariable long id,
            @PathVariable long criterionId,
            RowInput input,
            @AuthenticationPrincipal ScopedPrincipal me,
            Locale locale) {
        FormLine line;
        String error = null;
        String detail = null;
        String progress = "";
        try {
            Forms.Row row = forms.saveRow(
                    me, id, criterionId, input.version() == null ? 0 : input.version(), input.value(), input.reason());
            line = row.line();
            if (row.counted() != null) {
                progress = rows.progress(row.counted(), forms.signs(me, row.counted()), locale);
            }
        } catch (InvalidInputException e) {
            // The message says what is wrong in the user's language; the exception's text is for the API.
            error = e.messageKey();
            line = forms.line(me, id, criterionId, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        } catch (ConflictException e) {
            error = e.messageKey();
            detail = e.current();
            line = forms.line(me, id, criterionId, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(rows.saved(line, error, detail, locale) + progress);
    }

    /** Saves one row without script: back to the form, which shows a refused row as it was typed. */
    @PostMapping("/forms/{id}/values/{criterionId}")
    String save(
            @PathVariable long id,
            @PathVariable long criterionId,
            RowInput input,
            @RequestParam Map<String, String> submitted,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        forms.get(me, id);
        String error;
        String detail;
        try {
            forms.save(
                    me, id, criterionId, input.version() == null ? 0 : input.version(), input.value(), input.reason());
            redirect.addFlashAttribute("success", "form.saved");
            redirect.addAttribute("id", id);
            return "redirect:/forms/{id}#c-" + criterionId;
        } catch (InvalidInputException e) {
            error = e.messageKey();
            detail = null;
        } catch (ConflictException e) {
            error = e.messageKey();
            detail = e.current();
        }
        // The page comes back whole: the refused row shows what was typed, the others what is saved.
        redirect.addFlashAttribute("error", error);
        redirect.addFlashAttribute("errorDetail", detail);
        redirect.addFlashAttribute("submitted", submitted);
        redirect.addFlashAttribute("submittedFor", criterionId);
        redirect.addAttribute("id", id);
        return "redirect:/forms/{id}#c-" + criterionId;
    }

    /** The reviewer's points for a reviewer-scored criterion, from the form page. */
    @PostMapping("/forms/{id}/points/{criterionId}")
    @OnFailure("/forms/{id}#c-{criterionId}")
    String points(
            @PathVariable long id,
            @PathVariable long criterionId,
            @RequestParam(required = false) String points,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        forms.get(me, id);
        try {
            workflow.givePoints(
                    me, id, criterionId, vn.dtihub.shared.Numbers.parse(points == null ? "" : points, "points"));
            redirect.addFlashAttribute("success", "form.saved");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "form.pointsRange");
        }
        return "redirect:/forms/{id}#c-" + criterionId;
    }

    /** The workflow buttons: submit, take up for appraisal, send back, approve, reopen. */
    @PostMapping({
        "/forms/{id}/submit",
        "/forms/{id}/review",
        "/forms/{id}/return",
        "/forms/{id}/approve",
        "/forms/{id}/reopen"
    })
    @OnFailure("/forms/{id}")
    String act(
            @PathVariable long id,
            jakarta.servlet.http.HttpServletRequest request,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(required = false) String idempotencyKey,
            @RequestParam(required = false) String note,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        forms.get(me, id);
        String uri = request.getRequestURI();
        String action = uri.substring(uri.lastIndexOf('/') + 1);
        switch (action) {
            case "submit" -> workflow.submit(me, id, version, idempotencyKey);
            case "review" -> workflow.startReview(me, id, version);
            case "return" -> {
                Map<Long, String> comments = new HashMap<>();
                params.forEach((k, v) -> {
                    if (k.startsWith("comment-") && v != null && !v.isBlank()) {
                        try {
                            comments.put(Long.parseLong(k.substring(8)), v);
                        } catch (NumberFormatException e) {
                            // not a criterion's comment
                        }
                    }
                });
                workflow.sendBack(me, id, version, note, comments);
            }
            case "approve" -> workflow.approve(me, id, version);
            default -> workflow.reopen(me, id, version, note);
        }
        redirect.addFlashAttribute("success", "form.done." + action);
        return "redirect:/forms/{id}";
    }
}
