package vn.dtihub.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.ValueInput;
import vn.dtihub.reporting.domain.Appeal;
import vn.dtihub.reporting.domain.Appeals;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;

/** Publishing a period's appraised results, and the appeals against them (page and API). */
@Controller
class AppealController {

    private final Appeals appeals;

    AppealController(Appeals appeals) {
        this.appeals = appeals;
    }

    record Versioned(Integer version) {}

    @PostMapping("/api/v1/periods/{id}/publish")
    @ResponseBody
    @Operation(summary = "Publish the period's appraised results: units may appeal for the configured days")
    PeriodSummary publishApi(
            @PathVariable long id, @RequestBody Versioned body, @AuthenticationPrincipal ScopedPrincipal me) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "validation.required", "version is required");
        }
        return appeals.publish(me, id, body.version());
    }

    @PostMapping("/periods/{id}/publish")
    @OnFailure("/periods/{id}")
    String publish(
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        appeals.publish(me, id, version);
        redirect.addFlashAttribute("success", "appeal.published");
        return "redirect:/periods/{id}";
    }

    @GetMapping("/api/v1/forms/{id}/appeals")
    @ResponseBody
    @Operation(summary = "The appeals of a form, newest first")
    List<Appeal> list(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return appeals.ofForm(me, id);
    }

    record Filing(Long criterionId, String reason) {}

    @PostMapping("/api/v1/forms/{id}/appeals")
    @ResponseBody
    @Operation(summary = "Appeal one criterion of an approved form, while the window is open, with the reason")
    ResponseEntity<Appeal> fileApi(
            @PathVariable long id, @RequestBody Filing body, @AuthenticationPrincipal ScopedPrincipal me) {
        appeals.ofForm(me, id);
        if (body.criterionId() == null) {
            throw new InvalidInputException("criterionId", "validation.required", "criterionId is required");
        }
        return ResponseEntity.status(201).body(appeals.file(me, id, body.criterionId(), body.reason()));
    }

    @PostMapping("/forms/{id}/appeals")
    @OnFailure("/forms/{id}#appeals")
    String file(
            @PathVariable long id,
            @RequestParam(required = false) Long criterionId,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        appeals.ofForm(me, id);
        if (criterionId == null) {
            throw new InvalidInputException("criterionId", "validation.required", "criterionId is required");
        }
        appeals.file(me, id, criterionId, reason);
        redirect.addFlashAttribute("success", "appeal.filed");
        return "redirect:/forms/{id}#appeals";
    }

    record Decision(
            Boolean accept,
            String answer,
            String number,
            String denominator,
            String yes,
            String choice,
            String text,
            String date,
            BigDecimal points) {}

    @PostMapping("/api/v1/appeals/{id}/decision")
    @ResponseBody
    @Operation(
            summary = "Accept (with the corrected value or the reviewer's points) or reject an appeal, with the answer")
    Appeal decideApi(@PathVariable long id, @RequestBody Decision body, @AuthenticationPrincipal ScopedPrincipal me) {
        return appeals.decide(
                me,
                id,
                Boolean.TRUE.equals(body.accept()),
                body.answer(),
                new ValueInput(
                        body.number(), body.denominator(), body.yes(), body.choice(), body.text(), body.date(), null),
                body.points());
    }

    @PostMapping("/appeals/{id}/decision")
    @OnFailure("/forms/{formId}#appeals")
    String decide(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean accept,
            @RequestParam(required = false) String answer,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String denominator,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        Appeal appeal = appeals.decide(
                me, id, accept, answer, new ValueInput(number, denominator, null, null, null, null, null), null);
        redirect.addFlashAttribute("success", accept ? "appeal.accepted" : "appeal.rejected");
        return "redirect:/forms/" + appeal.formId() + "#appeals";
    }
}
