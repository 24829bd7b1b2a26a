package vn.dtihub.plans.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.domain.TaskFile;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * Evidence files of a task: attached from the task page or the API, downloaded by anyone who may read the task.
 * A download is always an attachment with its safe name (RFC 6266), its type as read from its bytes, and a sandbox
 * policy, so no uploaded file is ever shown as a page of this site.
 */
@Controller
class TaskFileController {

    private final Plans plans;
    private final vn.dtihub.plans.domain.TaskFiles files;

    TaskFileController(Plans plans, vn.dtihub.plans.domain.TaskFiles files) {
        this.plans = plans;
        this.files = files;
    }

    @PostMapping("/tasks/{taskId}/files")
    String attach(
            @PathVariable long taskId,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect)
            throws IOException {
        plans.task(me, taskId);
        try {
            store(me, taskId, file);
            redirect.addFlashAttribute("success", "plan.fileAttached");
        } catch (FileRejectedException e) {
            redirect.addFlashAttribute("error", "plan.fileRejected");
            redirect.addFlashAttribute("errorDetail", e.problems().get(0).message());
        }
        redirect.addAttribute("taskId", taskId);
        return "redirect:/tasks/{taskId}";
    }

    @PostMapping("/api/v1/tasks/{taskId}/files")
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(
            summary =
                    "Attach a file to a task (the lead; PDF, image or Office document up to 20 MB, checked by content)")
    ResponseEntity<TaskFile> attachApi(
            @PathVariable long taskId,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ScopedPrincipal me)
            throws IOException {
        plans.task(me, taskId);
        return ResponseEntity.status(201).body(store(me, taskId, file));
    }

    private TaskFile store(ScopedPrincipal me, long taskId, MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new FileRejectedException(
                    List.of(new vn.dtihub.shared.FileProblem(null, null, "chưa chọn tệp / no file was sent")));
        }
        try (InputStream in = file.getInputStream()) {
            return files.attach(me, taskId, in, file.getOriginalFilename());
        }
    }

    @GetMapping("/api/v1/tasks/{taskId}/files")
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "A task's files")
    List<TaskFile> list(@PathVariable long taskId, @AuthenticationPrincipal ScopedPrincipal me) {
        return files.files(me, taskId);
    }

    @GetMapping({"/tasks/{taskId}/files/{fileId}", "/api/v1/tasks/{taskId}/files/{fileId}"})
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "Download a file of a task (as an attachment)")
    ResponseEntity<InputStreamResource> download(
            @PathVariable long taskId, @PathVariable long fileId, @AuthenticationPrincipal ScopedPrincipal me)
            throws IOException {
        TaskFile file = files.file(me, taskId, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(files.open(file)));
    }
}
