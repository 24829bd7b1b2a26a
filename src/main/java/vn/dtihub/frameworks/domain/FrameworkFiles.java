package vn.dtihub.frameworks.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.FrameworkDetail;
import vn.dtihub.frameworks.FrameworkStatus;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.UnitView;

/** Frameworks as workbooks: exported, checked row by row and column, imported as a draft, and the sample loaded. */
@Service
public class FrameworkFiles {

    private final FrameworkRepository repository;
    private final CriterionRepository criterionRepository;
    private final FrameworkAccess access;
    private final AuditTrail audit;
    private final Drafts drafts;

    FrameworkFiles(
            FrameworkRepository repository,
            CriterionRepository criterionRepository,
            FrameworkAccess access,
            AuditTrail audit,
            Drafts drafts) {
        this.drafts = drafts;
        this.repository = repository;
        this.criterionRepository = criterionRepository;
        this.access = access;
        this.audit = audit;
    }

    /** The framework in the exchange format. */
    public FrameworkDocument export(ScopedPrincipal caller, long id) {
        FrameworkDetail d = access.detail(caller, id);
        Map<Long, String> codes = new HashMap<>();
        d.flatten().forEach(n -> codes.put(n.criterion().id(), n.criterion().code()));
        List<FrameworkDocument.Row> rows = d.flatten().stream()
                .map(n -> {
                    Criterion c = n.criterion();
                    return new FrameworkDocument.Row(
                            c.code(),
                            c.parentId() == null ? null : codes.get(c.parentId()),
                            c.name(),
                            c.description(),
                            c.valueType(),
                            c.unitOfMeasure(),
                            c.maxPoints(),
                            c.scored(),
                            c.rule(),
                            c.evidenceRequired(),
                            c.evidenceKind(),
                            c.dataSource(),
                            c.verifier(),
                            c.missingPolicy(),
                            c.pointsNote(),
                            c.consolidation());
                })
                .toList();
        List<FrameworkDocument.ViewRow> views = d.views().stream()
                .map(v -> {
                    Map<String, BigDecimal> weights = new LinkedHashMap<>();
                    v.items().forEach(i -> weights.put(i.criterionCode(), i.weight()));
                    return new FrameworkDocument.ViewRow(v.code(), v.name(), v.overall(), weights);
                })
                .toList();
        FrameworkSummary f = d.framework();
        return new FrameworkDocument(
                FrameworkDocument.FORMAT,
                f.name(),
                f.description(),
                f.decisionNumber(),
                f.decisionDate(),
                f.issuerName(),
                f.subjects(),
                f.yearFrom(),
                f.yearTo(),
                f.sample(),
                f.versionLabel(),
                rows,
                views,
                f.rankTies());
    }

    /** Checks a document as the import would, without creating anything. */
    public List<FileProblem> check(
            FrameworkDocument doc,
            java.util.function.IntFunction<Integer> rowNumber,
            java.util.function.Function<String, String> column) {
        return DocumentCheck.problems(doc, rowNumber, column);
    }

    /** Imports a document as a new draft issued by the caller's unit: all or nothing. */
    @Transactional
    public FrameworkSummary importDocument(
            ScopedPrincipal caller,
            FrameworkDocument doc,
            java.util.function.IntFunction<Integer> rowNumber,
            java.util.function.Function<String, String> column) {
        Optional<UnitView> issuer = drafts.issuerFor(caller);
        List<FileProblem> problems = DocumentCheck.problems(doc, rowNumber, column);
        if (!problems.isEmpty()) {
            throw new FileRejectedException(problems);
        }
        long id = build(doc, issuer.orElse(null), FrameworkStatus.DRAFT, false, false);
        audit.record(AuditRecord.of(
                        "FRAMEWORK_IMPORTED",
                        "framework",
                        id,
                        issuer.map(UnitView::path).orElse(null))
                .withDetail(doc.name() + ": " + doc.criteria().size() + " criteria"));
        return repository.find(id).orElseThrow();
    }

    /** Loads a reference framework shipped with the product (a sample, published, issued by no unit). */
    @Transactional
    public Optional<Long> loadSample(FrameworkDocument doc) {
        if (repository.sampleExists(doc.name())) {
            return Optional.empty();
        }
        List<FileProblem> problems = DocumentCheck.problems(doc, i -> i + 1, field -> field);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The sample framework '" + doc.name() + "' is invalid: " + problems);
        }
        return Optional.of(build(doc, null, FrameworkStatus.PUBLISHED, true, false));
    }

    private long build(FrameworkDocument doc, UnitView issuer, FrameworkStatus status, boolean sample, boolean demo) {
        FrameworkHeader header = new FrameworkHeader(
                doc.name(),
                doc.description(),
                doc.decisionNumber(),
                doc.decisionDate(),
                doc.subjects(),
                doc.yearFrom(),
                doc.yearTo(),
                doc.versionLabel(),
                doc.rankTies());
        NewFramework f = Drafts.header(header, issuer, status, sample, demo, null, null);
        long id = repository.insert(sample ? Drafts.withIssuerName(f, doc.issuer()) : f);
        Map<String, Long> ids = new HashMap<>();
        int position = 0;
        List<FrameworkDocument.Row> pending = new ArrayList<>(doc.criteria());
        // Parents first, whatever the order of the rows (the check has ruled out cycles and unknown parents).
        while (!pending.isEmpty()) {
            List<FrameworkDocument.Row> next = new ArrayList<>();
            for (FrameworkDocument.Row r : pending) {
                String parent = r.parentCode() == null || r.parentCode().isBlank()
                        ? null
                        : r.parentCode().strip();
                if (parent != null && !ids.containsKey(parent)) {
                    next.add(r);
                    continue;
                }
                CriterionInput input = new CriterionInput(
                        r.code(),
                        r.name(),
                        r.description(),
                        r.valueType(),
                        r.unit(),
                        r.maxPoints(),
                        r.scored(),
                        r.rule(),
                        r.evidenceRequired(),
                        r.evidenceKind(),
                        r.dataSource(),
                        r.verifier(),
                        r.missingPolicy(),
                        r.pointsNote(),
                        r.consolidation() == null ? null : r.consolidation().text());
                ids.put(
                        r.code().strip(),
                        criterionRepository.insertCriterion(
                                id,
                                parent == null ? null : ids.get(parent),
                                position++,
                                CriterionData.from(input, null)));
            }
            pending = next;
        }
        int viewPosition = 0;
        for (FrameworkDocument.ViewRow v : doc.views() == null ? List.<FrameworkDocument.ViewRow>of() : doc.views()) {
            long viewId = repository.insertView(
                    id,
                    v.code(),
                    v.name() == null ? v.code() : v.name(),
                    Boolean.TRUE.equals(v.overall()),
                    viewPosition++);
            Map<Long, BigDecimal> weights = new LinkedHashMap<>();
            v.weights().forEach((code, weight) -> weights.put(ids.get(code), weight));
            repository.replaceViewItems(viewId, weights);
        }
        return id;
    }
}
