package vn.dtihub.frameworks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.FrameworkDetail;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.frameworks.domain.Comparison;
import vn.dtihub.frameworks.domain.CriterionInput;
import vn.dtihub.frameworks.domain.Drafts;
import vn.dtihub.frameworks.domain.FrameworkDocument;
import vn.dtihub.frameworks.domain.FrameworkFiles;
import vn.dtihub.frameworks.domain.FrameworkHeader;
import vn.dtihub.frameworks.domain.FrameworkSheets;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;

@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "Index frameworks: criteria tree, scoring rules, views, versions, exchange")
class FrameworkApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Frameworks frameworks;
    private final FrameworkFiles frameworkFiles;
    private final Drafts drafts;
    private final vn.dtihub.frameworks.domain.Comparisons comparisons;
    private final vn.dtihub.frameworks.domain.Criteria criteria;
    private final FrameworkSheets sheets;
    private final vn.dtihub.shared.Texts texts;

    FrameworkApiController(
            Frameworks frameworks,
            FrameworkFiles frameworkFiles,
            Drafts drafts,
            vn.dtihub.frameworks.domain.Comparisons comparisons,
            vn.dtihub.frameworks.domain.Criteria criteria,
            FrameworkSheets sheets,
            vn.dtihub.shared.Texts texts) {
        this.texts = texts;
        this.frameworks = frameworks;
        this.frameworkFiles = frameworkFiles;
        this.drafts = drafts;
        this.comparisons = comparisons;
        this.criteria = criteria;
        this.sheets = sheets;
    }

    @GetMapping
    @Operation(summary = "Frameworks the caller may read")
    List<FrameworkJson.Summary> list(@AuthenticationPrincipal ScopedPrincipal me) {
        return frameworks.list(me).stream().map(FrameworkJson.Summary::of).toList();
    }

    @PostMapping
    @Operation(summary = "Create a draft framework issued by the caller's unit")
    ResponseEntity<FrameworkJson.Summary> create(
            @RequestBody FrameworkHeader header, @AuthenticationPrincipal ScopedPrincipal me) {
        FrameworkSummary f = drafts.create(me, header);
        return ResponseEntity.created(URI.create("/api/v1/frameworks/" + f.id()))
                .body(FrameworkJson.Summary.of(f));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A framework with its whole tree, views, points and current problems")
    FrameworkJson.Detail get(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return FrameworkJson.Detail.of(frameworks.detail(me, id), texts);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a draft's header; send the version you read (409 if stale or published)")
    FrameworkJson.Summary update(
            @PathVariable long id, @RequestBody HeaderRequest request, @AuthenticationPrincipal ScopedPrincipal me) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "validation.required", "version is required");
        }
        return FrameworkJson.Summary.of(drafts.updateHeader(me, id, request.version(), request.header()));
    }

    record HeaderRequest(
            String name,
            String description,
            String decisionNumber,
            java.time.LocalDate decisionDate,
            List<vn.dtihub.frameworks.Subject> subjects,
            Integer yearFrom,
            Integer yearTo,
            String versionLabel,
            vn.dtihub.frameworks.RankTies rankTies,
            Integer version) {
        FrameworkHeader header() {
            return new FrameworkHeader(
                    name,
                    description,
                    decisionNumber,
                    decisionDate,
                    subjects,
                    yearFrom,
                    yearTo,
                    versionLabel,
                    rankTies);
        }
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft (409 while it has problems)")
    FrameworkJson.Summary publish(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return FrameworkJson.Summary.of(drafts.publish(me, id));
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire a published framework")
    FrameworkJson.Summary retire(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return FrameworkJson.Summary.of(drafts.retire(me, id));
    }

    @PostMapping("/{id}/clone")
    @Operation(summary = "Clone any readable framework into a new draft of the caller's unit, with a crosswalk")
    ResponseEntity<FrameworkJson.Summary> cloneAsDraft(
            @PathVariable long id,
            @RequestBody(required = false) FrameworkHeader header,
            @AuthenticationPrincipal ScopedPrincipal me) {
        FrameworkSummary f = drafts.cloneAsDraft(me, id, header);
        return ResponseEntity.created(URI.create("/api/v1/frameworks/" + f.id()))
                .body(FrameworkJson.Summary.of(f));
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Export as the xlsx template or the JSON exchange document")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @RequestParam(defaultValue = "json") String format,
            @AuthenticationPrincipal ScopedPrincipal me) {
        FrameworkDocument doc = frameworkFiles.export(me, id);
        String base = "bo-chi-so-" + id;
        if ("xlsx".equalsIgnoreCase(format)) {
            return attachment(sheets.write(doc), XLSX, base + ".xlsx");
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw new InvalidInputException("format", "error.typeMismatch", "format is xlsx or json");
        }
        return attachment(
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc),
                MediaType.APPLICATION_JSON,
                base + ".json");
    }

    static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a JSON exchange document as a new draft; dryRun=true only checks it")
    ResponseEntity<?> importJson(
            @RequestBody FrameworkDocument doc,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @AuthenticationPrincipal ScopedPrincipal me) {
        return importDocument(doc, i -> i + 1, field -> field, List.of(), dryRun, me);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the xlsx template as a new draft; dryRun=true only checks it")
    ResponseEntity<?> importXlsx(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @AuthenticationPrincipal ScopedPrincipal me)
            throws IOException {
        FrameworkSheets.Parsed parsed;
        try (InputStream in = file.getInputStream()) {
            parsed = sheets.read(in);
        }
        return importDocument(
                parsed.document(), parsed::rowOf, FrameworkSheets::column, parsed.cellProblems(), dryRun, me);
    }

    /** Reports every problem at once (cells that could not be read, then the document's), or imports all. */
    private ResponseEntity<?> importDocument(
            FrameworkDocument doc,
            java.util.function.IntFunction<Integer> rows,
            java.util.function.Function<String, String> columns,
            List<FileProblem> cellProblems,
            boolean dryRun,
            ScopedPrincipal me) {
        List<FileProblem> problems = new java.util.ArrayList<>(cellProblems);
        for (FileProblem p : frameworkFiles.check(doc, rows, columns)) {
            // A cell that could not be read is reported once, not again as a missing value.
            boolean known = cellProblems.stream()
                    .anyMatch(c -> java.util.Objects.equals(c.row(), p.row())
                            && java.util.Objects.equals(c.column(), p.column()));
            if (!known) {
                problems.add(p);
            }
        }
        problems.sort(java.util.Comparator.comparing((FileProblem p) -> p.row() == null ? 0 : p.row())
                .thenComparing(p -> String.valueOf(p.column())));
        if (!problems.isEmpty()) {
            throw new FileRejectedException(problems);
        }
        if (dryRun) {
            return ResponseEntity.ok(Map.of(
                    "name", String.valueOf(doc.name()),
                    "criteria", doc.criteria().size(),
                    "views", doc.views() == null ? 0 : doc.views().size(),
                    "problems", List.of()));
        }
        FrameworkSummary f = frameworkFiles.importDocument(me, doc, rows, columns);
        return ResponseEntity.created(URI.create("/api/v1/frameworks/" + f.id()))
                .body(FrameworkJson.Summary.of(f));
    }

    @GetMapping("/{id}/criteria")
    @Operation(summary = "The criteria as a flat list, in tree order")
    List<FrameworkJson.Node> criteria(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        FrameworkDetail d = frameworks.detail(me, id);
        return d.flatten().stream()
                .map(n -> FrameworkJson.Node.of(
                        new vn.dtihub.frameworks.CriterionNode(n.criterion(), n.depth(), List.of()), texts))
                .toList();
    }

    @PostMapping("/{id}/criteria")
    @Operation(summary = "Add a criterion to a draft, under the parent named by parentCode (none: top level)")
    ResponseEntity<FrameworkJson.Node> addCriterion(
            @PathVariable long id, @RequestBody CriterionRequest request, @AuthenticationPrincipal ScopedPrincipal me) {
        Long parent = parentId(me, id, request.parentCode());
        Criterion c = criteria.add(me, id, parent, request.input());
        return ResponseEntity.created(URI.create("/api/v1/frameworks/" + id + "/criteria/" + c.id()))
                .body(FrameworkJson.Node.of(new vn.dtihub.frameworks.CriterionNode(c, 0, List.of()), texts));
    }

    @PutMapping("/{id}/criteria/{criterionId}")
    @Operation(summary = "Change a criterion of a draft; send the version you read; parentCode moves it")
    FrameworkJson.Node updateCriterion(
            @PathVariable long id,
            @PathVariable long criterionId,
            @RequestBody CriterionRequest request,
            @AuthenticationPrincipal ScopedPrincipal me) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "validation.required", "version is required");
        }
        Criterion c = criteria.update(me, id, criterionId, request.version(), request.input());
        if (request.parentCode() != null) {
            criteria.move(me, id, criterionId, parentId(me, id, request.parentCode()));
        }
        return FrameworkJson.Node.of(new vn.dtihub.frameworks.CriterionNode(c, 0, List.of()), texts);
    }

    @DeleteMapping("/{id}/criteria/{criterionId}")
    @Operation(summary = "Delete a criterion of a draft and everything under it")
    ResponseEntity<Void> deleteCriterion(
            @PathVariable long id, @PathVariable long criterionId, @AuthenticationPrincipal ScopedPrincipal me) {
        criteria.delete(me, id, criterionId);
        return ResponseEntity.noContent().build();
    }

    private Long parentId(ScopedPrincipal me, long id, String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        return frameworks
                .detail(me, id)
                .node(parentCode.strip())
                .map(n -> n.criterion().id())
                .orElseThrow(() -> new InvalidInputException(
                        "parentCode", "framework.unknownCode", "Unknown parent " + parentCode));
    }

    record CriterionRequest(
            String code,
            String parentCode,
            String name,
            String description,
            vn.dtihub.frameworks.ValueType valueType,
            String unitOfMeasure,
            BigDecimal maxPoints,
            Boolean scored,
            vn.dtihub.frameworks.ScoringRule rule,
            Boolean evidenceRequired,
            String evidenceKind,
            String dataSource,
            String verifier,
            vn.dtihub.frameworks.MissingPolicy missingPolicy,
            String pointsNote,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "SUM, AVERAGE, WEIGHTED_AVERAGE:<code>, COUNT_MEETING[:<threshold>]; \"\" removes it")
            String consolidation,

            Integer version) {
        CriterionInput input() {
            return new CriterionInput(
                    code,
                    name,
                    description,
                    valueType,
                    unitOfMeasure,
                    maxPoints,
                    scored,
                    rule,
                    evidenceRequired,
                    evidenceKind,
                    dataSource,
                    verifier,
                    missingPolicy,
                    pointsNote,
                    consolidation);
        }
    }

    @GetMapping("/{id}/views")
    @Operation(summary = "The framework's views (pillars and the overall index)")
    List<FrameworkJson.View> views(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return FrameworkJson.Detail.of(frameworks.detail(me, id), texts).views();
    }

    @PutMapping("/{id}/views")
    @Operation(summary = "Create or replace a view of a draft from weights by criterion code")
    List<FrameworkJson.View> saveView(
            @PathVariable long id,
            @RequestBody FrameworkDocument.ViewRow view,
            @AuthenticationPrincipal ScopedPrincipal me) {
        drafts.saveView(
                me,
                id,
                view.code(),
                view.name(),
                Boolean.TRUE.equals(view.overall()),
                view.weights() == null ? Map.of() : view.weights());
        return views(id, me);
    }

    @DeleteMapping("/{id}/views/{code}")
    @Operation(summary = "Delete a view of a draft")
    ResponseEntity<Void> deleteView(
            @PathVariable long id, @PathVariable String code, @AuthenticationPrincipal ScopedPrincipal me) {
        drafts.deleteView(me, id, code);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{a}/compare/{b}")
    @Operation(summary = "Criteria added, removed and changed from version a to version b (through the crosswalk)")
    Comparison compare(@PathVariable long a, @PathVariable long b, @AuthenticationPrincipal ScopedPrincipal me) {
        return comparisons.compare(me, a, b);
    }

    @PostMapping("/{a}/compare/{b}/crosswalk")
    @Operation(summary = "Record that criterion fromCode of version a corresponds to toCode of version b")
    Comparison link(
            @PathVariable long a,
            @PathVariable long b,
            @RequestBody Map<String, String> link,
            @AuthenticationPrincipal ScopedPrincipal me) {
        comparisons.link(me, a, link.get("fromCode"), b, link.get("toCode"), link.get("note"));
        return comparisons.compare(me, a, b);
    }
}
