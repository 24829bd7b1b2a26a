package vn.dtihub.frameworks.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.frameworks.domain.Drafts;
import vn.dtihub.frameworks.domain.FrameworkDocument;
import vn.dtihub.frameworks.domain.FrameworkFiles;
import vn.dtihub.frameworks.domain.FrameworkSheets;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * Importing a framework from the pages: upload the xlsx template (or a JSON document), see what will be created or
 * every problem with its row and column, then confirm. The checked document waits in the session between the two
 * steps, so the confirmation creates exactly what was previewed.
 */
@Controller
class FrameworkImportPageController {

    static final String PENDING = "frameworks.pendingImport";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Frameworks frameworks;
    private final FrameworkFiles frameworkFiles;
    private final Drafts drafts;
    private final FrameworkSheets sheets;

    FrameworkImportPageController(
            Frameworks frameworks, FrameworkFiles frameworkFiles, Drafts drafts, FrameworkSheets sheets) {
        this.frameworks = frameworks;
        this.frameworkFiles = frameworkFiles;
        this.drafts = drafts;
        this.sheets = sheets;
    }

    @GetMapping("/frameworks/import")
    String form() {
        return "frameworks/import";
    }

    @PostMapping("/frameworks/import")
    String preview(
            @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal ScopedPrincipal me,
            HttpSession session,
            Model model)
            throws IOException {
        if (!drafts.mayCreate(me)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only standing offices import frameworks");
        }
        session.removeAttribute(PENDING);
        List<FileProblem> problems = new ArrayList<>();
        FrameworkDocument doc = null;
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT);
        try (InputStream in = file.getInputStream()) {
            if (name.endsWith(".json")) {
                doc = JSON.readValue(in, FrameworkDocument.class);
                problems.addAll(frameworkFiles.check(doc, i -> i + 1, field -> field));
            } else {
                FrameworkSheets.Parsed parsed = sheets.read(in);
                doc = parsed.document();
                problems.addAll(parsed.cellProblems());
                for (FileProblem p : frameworkFiles.check(doc, parsed::rowOf, FrameworkSheets::column)) {
                    if (problems.stream()
                            .noneMatch(c -> java.util.Objects.equals(c.row(), p.row())
                                    && java.util.Objects.equals(c.column(), p.column()))) {
                        problems.add(p);
                    }
                }
            }
        } catch (FileRejectedException e) {
            problems.addAll(e.problems());
        } catch (tools.jackson.core.JacksonException e) {
            problems.add(new FileProblem(null, null, "JSON không đọc được / unreadable JSON"));
        }
        problems.sort(java.util.Comparator.comparing((FileProblem p) -> p.row() == null ? 0 : p.row())
                .thenComparing(p -> String.valueOf(p.column())));
        model.addAttribute("problems", problems);
        model.addAttribute("document", doc);
        if (problems.isEmpty() && doc != null) {
            session.setAttribute(PENDING, JSON.writeValueAsString(doc));
        }
        return "frameworks/import";
    }

    @PostMapping("/frameworks/import/confirm")
    String confirm(@AuthenticationPrincipal ScopedPrincipal me, HttpSession session, RedirectAttributes redirect) {
        Object pending = session.getAttribute(PENDING);
        if (!(pending instanceof String text)) {
            redirect.addFlashAttribute("error", "import.nothingPending");
            return "redirect:/frameworks/import";
        }
        session.removeAttribute(PENDING);
        FrameworkDocument doc = JSON.readValue(text, FrameworkDocument.class);
        FrameworkSummary created = frameworkFiles.importDocument(me, doc, i -> i + 1, field -> field);
        redirect.addFlashAttribute("success", "import.done");
        redirect.addAttribute("id", created.id());
        return "redirect:/frameworks/{id}";
    }
}
