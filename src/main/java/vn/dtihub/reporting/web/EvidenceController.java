package vn.dtihub.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.reporting.DocumentInput;
import vn.dtihub.reporting.EvidenceDocument;
import vn.dtihub.reporting.ValueEvidence;
import vn.dtihub.reporting.domain.Evidence;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * The evidence library (page and API), the citations and files of a form's values, and their downloads: as
 * attachments, sandboxed, never rendered as a page.
 */
@Controller
class EvidenceController {

    private final Evidence evidence;

    EvidenceController(Evidence evidence) {
        this.evidence = evidence;
    }

    /** The cite picker of a form's row: the library documents matching what was typed, each with its cite button. */
    @GetMapping("/forms/{id}/library")
    String search(
            @PathVariable long id,
            @RequestParam(required = false) Long criterionId,
            @RequestParam(required = false) String q,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model) {
        // Whose form it is first: another unit's form is not found, whatever the request lacks.
        var form = evidence.form(me, id);
        model.addAttribute("criterionId", required(criterionId, "criterionId"));
        model.addAttribute("matches", evidence.search(me, form, q, 8));
        model.addAttribute("formId", id);
        return "reporting/form :: citeResults";
    }

    @GetMapping("/evidence")
    String library(@AuthenticationPrincipal ScopedPrincipal me, Model model) {
        model.addAttribute("documents", evidence.library(me));
        model.addAttribute("canAdd", me.writes() && me.seatPath() != null);
        return "reporting/evidence";
    }

    @PostMapping("/evidence")
    @OnFailure("/evidence")
    String add(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect)
            throws IOException {
        try {
            add(me, new DocumentInput(kind, number, issuedOn, issuer, summary), file);
            redirect.addFlashAttribute("success", "evidence.added");
        } catch (FileRejectedException e) {
            redirect.addFlashAttribute("error", "plan.fileRejected");
            redirect.addFlashAttribute("errorDetail", e.problems().get(0).message());
        }
        return "redirect:/evidence";
    }

    @GetMapping("/api/v1/evidence")
    @ResponseBody
    @Operation(summary = "The caller's evidence library: its agency's or unit's documents, and its unit's")
    List<EvidenceDocument> libraryApi(@AuthenticationPrincipal ScopedPrincipal me) {
        return evidence.library(me);
    }

    @PostMapping(path = "/api/v1/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @Operation(
            summary = "Add a document to the caller's library (kind, number, issuedOn, issuer, summary, and a file);"
                    + " the same number and date again is a 409 naming the document")
    ResponseEntity<EvidenceDocument> addApi(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ScopedPrincipal me)
            throws IOException {
        return ResponseEntity.status(201)
                .body(add(me, new DocumentInput(kind, number, issuedOn, issuer, summary), file));
    }

    private EvidenceDocument add(ScopedPrincipal me, DocumentInput in, MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return evidence.add(me, in, null, null);
        }
        try (InputStream content = file.getInputStream()) {
            return evidence.add(me, in, content, file.getOriginalFilename());
        }
    }

    @GetMapping("/api/v1/evidence/{id}")
    @ResponseBody
    @Operation(summary = "One library document")
    EvidenceDocument document(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return evidence.document(me, id);
    }

    @GetMapping({"/evidence/{id}/file", "/api/v1/evidence/{id}/file"})
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "Download an evidence document's file (as an attachment)")
    ResponseEntity<InputStreamResource> documentFile(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me)
            throws IOException {
        return send(evidence.documentFile(me, id));
    }

    @GetMapping("/api/v1/forms/{id}/evidence")
    @ResponseBody
    @Operation(summary = "What backs each value of a form: cited documents and files, by criterion id")
    Map<Long, ValueEvidence> ofForm(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return evidence.ofForm(me, id);
    }

    record Citation(Long criterionId, Long documentId) {}

    @PostMapping(path = "/api/v1/forms/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Cite a library document for a value (while the unit may change the form)")
    ResponseEntity<Map<Long, ValueEvidence>> citeApi(
            @PathVariable long id, @RequestBody Citation body, @AuthenticationPrincipal ScopedPrincipal me) {
        evidence.form(me, id);
        evidence.cite(me, id, required(body.criterionId(), "criterionId"), required(body.documentId(), "documentId"));
        return ResponseEntity.status(201).body(evidence.ofForm(me, id));
    }

    @DeleteMapping("/api/v1/forms/{id}/evidence/{criterionId}/documents/{documentId}")
    @ResponseBody
    @Operation(summary = "Remove a citation (while the unit may change the form)")
    ResponseEntity<Void> unciteApi(
            @PathVariable long id,
            @PathVariable long criterionId,
            @PathVariable long documentId,
            @AuthenticationPrincipal ScopedPrincipal me) {
        evidence.uncite(me, id, criterionId, documentId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/forms/{id}/evidence")
    @OnFailure("/forms/{id}#c-{criterionId}")
    String cite(
            @PathVariable long id,
            @RequestParam(required = false) Long criterionId,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) String remove,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        evidence.form(me, id);
        if ("true".equals(remove)) {
            evidence.uncite(me, id, required(criterionId, "criterionId"), required(documentId, "documentId"));
        } else {
            evidence.cite(me, id, required(criterionId, "criterionId"), required(documentId, "documentId"));
        }
        return "redirect:/forms/{id}#c-" + criterionId;
    }

    @PostMapping("/api/v1/forms/{id}/files")
    @ResponseBody
    @Operation(summary = "Attach a file to a value (criterionId, file); checked by content, stored once")
    ResponseEntity<ValueEvidence.ValueFile> attachApi(
            @PathVariable long id,
            @RequestParam(required = false) Long criterionId,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ScopedPrincipal me)
            throws IOException {
        evidence.form(me, id);
        return ResponseEntity.status(201).body(store(me, id, criterionId, file));
    }

    @PostMapping("/forms/{id}/files")
    @OnFailure("/forms/{id}#c-{criterionId}")
    String attach(
            @PathVariable long id,
            @RequestParam(required = false) Long criterionId,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect)
            throws IOException {
        evidence.form(me, id);
        try {
            store(me, id, criterionId, file);
            redirect.addFlashAttribute("success", "evidence.fileAttached");
        } catch (FileRejectedException e) {
            redirect.addFlashAttribute("error", "plan.fileRejected");
            redirect.addFlashAttribute("errorDetail", e.problems().get(0).message());
        }
        redirect.addAttribute("id", id);
        return "redirect:/forms/{id}#c-" + criterionId;
    }

    private ValueEvidence.ValueFile store(ScopedPrincipal me, long id, Long criterionId, MultipartFile file)
            throws IOException {
        long criterion = required(criterionId, "criterionId");
        if (file == null || file.isEmpty()) {
            throw new FileRejectedException(
                    List.of(new vn.dtihub.shared.FileProblem(null, null, "chưa chọn tệp / no file was sent")));
        }
        try (InputStream content = file.getInputStream()) {
            return evidence.attach(me, id, criterion, content, file.getOriginalFilename());
        }
    }

    @GetMapping({"/forms/{id}/files/{fileId}", "/api/v1/forms/{id}/files/{fileId}"})
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "Download a file attached to a form's value (as an attachment)")
    ResponseEntity<InputStreamResource> valueFile(
            @PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal ScopedPrincipal me)
            throws IOException {
        return send(evidence.valueFile(me, id, fileId));
    }

    private static ResponseEntity<InputStreamResource> send(Evidence.Download d) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(d.content()));
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "validation.required", field + " is required");
        }
        return value;
    }
}
