package vn.dtihub.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.domain.FormWorkbook;
import vn.dtihub.reporting.domain.Forms;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * The Excel round trip of a form: download it, fill it offline, upload it, see what it would change (or every
 * problem by row and column), then apply it all or nothing. Between the preview and the apply the changes wait in the
 * session, so what is applied is what was previewed.
 */
@Controller
class FormWorkbookController {

    static final String PENDING = "reporting.pendingFormImport";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Forms forms;

    FormWorkbookController(Forms forms) {
        this.forms = forms;
    }

    @GetMapping({"/forms/{id}/export", "/api/v1/forms/{id}/export"})
    @Operation(summary = "The form as xlsx: criteria (locked), current values and their versions, instructions")
    ResponseEntity<byte[]> export(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        byte[] xlsx = forms.workbook(me, id);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("bieu-bao-cao-" + id + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(xlsx);
    }

    @PostMapping("/api/v1/forms/{id}/import")
    @ResponseBody
    @Operation(
            summary = "Upload a filled form: dryRun=true shows the changes (or the problems, by row and column);"
                    + " without it the changes are applied all or nothing (any problem: 400, nothing saved)")
    Object importApi(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @AuthenticationPrincipal ScopedPrincipal me)
            throws IOException {
        forms.get(me, id);
        FormWorkbook.Preview preview = read(me, id, file);
        if (dryRun) {
            return preview;
        }
        if (!preview.problems().isEmpty()) {
            throw new FileRejectedException(preview.problems());
        }
        return Map.of("applied", forms.apply(me, id, preview.changes()));
    }

    @PostMapping("/forms/{id}/import")
    String preview(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ScopedPrincipal me,
            HttpSession session,
            Model model)
            throws IOException {
        FormSummary form = forms.get(me, id);
        session.removeAttribute(PENDING);
        model.addAttribute("form", form);
        model.addAttribute("period", forms.period(form));
        try {
            FormWorkbook.Preview preview = read(me, id, file);
            model.addAttribute("changes", preview.changes());
            model.addAttribute("problems", preview.problems());
            if (preview.problems().isEmpty() && !preview.changes().isEmpty()) {
                session.setAttribute(PENDING, id + ":" + JSON.writeValueAsString(preview.changes()));
            }
        } catch (FileRejectedException e) {
            model.addAttribute("changes", List.of());
            model.addAttribute("problems", e.problems());
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("changes", List.of());
            model.addAttribute("problems", List.of(new FileProblem(null, null, e.getMessage())));
        }
        return "reporting/form-import";
    }

    @PostMapping("/forms/{id}/import/apply")
    @OnFailure("/forms/{id}")
    String apply(
            @PathVariable long id,
            @AuthenticationPrincipal ScopedPrincipal me,
            HttpSession session,
            RedirectAttributes redirect) {
        forms.get(me, id);
        Object pending = session.getAttribute(PENDING);
        String prefix = id + ":";
        if (!(pending instanceof String text) || !text.startsWith(prefix)) {
            redirect.addFlashAttribute("error", "form.importExpired");
        } else {
            List<FormWorkbook.Change> changes =
                    JSON.readValue(text.substring(prefix.length()), new TypeReference<List<FormWorkbook.Change>>() {});
            forms.apply(me, id, changes);
            session.removeAttribute(PENDING);
            redirect.addFlashAttribute("success", "form.imported");
        }
        return "redirect:/forms/{id}";
    }

    private FormWorkbook.Preview read(ScopedPrincipal me, long id, MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new FileRejectedException(List.of(new FileProblem(null, null, "chưa chọn tệp / no file was sent")));
        }
        try (InputStream in = file.getInputStream()) {
            return forms.preview(me, id, in);
        }
    }
}
