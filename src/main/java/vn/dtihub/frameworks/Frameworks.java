package vn.dtihub.frameworks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.domain.CriterionData;
import vn.dtihub.frameworks.domain.DocumentCheck;
import vn.dtihub.frameworks.domain.FrameworkAccess;
import vn.dtihub.frameworks.domain.FrameworkRepository;
import vn.dtihub.frameworks.domain.FrameworkValidator;
import vn.dtihub.frameworks.domain.NewFramework;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * The frameworks module's API. A standing office manages the frameworks its unit issued; everyone reads the
 * national and sample frameworks and those issued above them. A published framework is frozen: changing it means
 * cloning it into a new draft version, which keeps a crosswalk to the old one.
 */
@Service
public class Frameworks {

    private final FrameworkRepository repository;
    private final FrameworkAccess access;
    private final Units units;
    private final AuditTrail audit;

    Frameworks(FrameworkRepository repository, FrameworkAccess access, Units units, AuditTrail audit) {
        this.repository = repository;
        this.access = access;
        this.units = units;
        this.audit = audit;
    }

    public List<FrameworkSummary> list(ScopedPrincipal caller) {
        return repository.visible(caller.scope(), caller.seatPath()).stream()
                .filter(f -> FrameworkAccess.readable(caller, f))
                .toList();
    }

    /** A framework the caller may read; another province's is reported as not found. */
    public FrameworkSummary get(ScopedPrincipal caller, long id) {
        return access.get(caller, id);
    }

    public FrameworkDetail detail(ScopedPrincipal caller, long id) {
        return detail(get(caller, id));
    }

    FrameworkDetail detail(FrameworkSummary f) {
        List<CriterionNode> roots = FrameworkRepository.tree(repository.criteria(f.id()));
        List<FrameworkView> views = repository.views(f.id());
        return new FrameworkDetail(f, roots, views, FrameworkValidator.check(roots, views));
    }

    public boolean canManage(ScopedPrincipal caller, FrameworkSummary f) {
        return FrameworkAccess.canManage(caller, f);
    }

    /**
     * A criterion a plan's target may name as the one it moves: of a framework the caller may read and that is no
     * longer a draft (a draft's criteria may still be deleted).
     */
    public java.util.Optional<Criterion> linkableCriterion(ScopedPrincipal caller, long criterionId) {
        return repository
                .criterion(criterionId)
                .filter(c -> repository
                        .find(c.frameworkId())
                        .filter(f -> FrameworkAccess.readable(caller, f) && f.status() != FrameworkStatus.DRAFT)
                        .isPresent());
    }

    /**
     * A framework's criteria in the order of its tree, for a module that has checked its own caller's rights (the
     * reporting module, whose forms ask for them).
     */
    public List<Criterion> criteriaOf(long frameworkId) {
        return repository.criteria(frameworkId);
    }

    /**
     * A framework's criteria as a tree lists them (depth first, each with its depth), for a module that lists them
     * under its own access rule (a scorecard).
     */
    public List<CriterionNode> flatTreeOf(long frameworkId) {
        return FrameworkDetail.flatten(FrameworkRepository.tree(repository.criteria(frameworkId)));
    }

    /** A framework's views (pillars, the overall index), for the module that scores it. */
    public List<FrameworkView> viewsOf(long frameworkId) {
        return repository.views(frameworkId);
    }

    /**
     * The published versions made from a framework (a correction cloned from it, a correction of that correction)
     * that the caller may read, the newest first: what a period scored under the framework may be scored under.
     */
    public List<FrameworkSummary> laterVersions(ScopedPrincipal caller, long id) {
        List<FrameworkSummary> out = new ArrayList<>();
        for (long later : repository.laterVersions(id)) {
            repository
                    .find(later)
                    .filter(f -> f.status() == FrameworkStatus.PUBLISHED && FrameworkAccess.readable(caller, f))
                    .ifPresent(out::add);
        }
        out.sort(Comparator.comparingLong(FrameworkSummary::id).reversed());
        return out;
    }

    /**
     * Each criterion of a framework mapped to its counterpart in a later version, hop by hop along the versions
     * between them: by each version's crosswalk, else by code. A criterion the later version dropped is left out.
     * Empty when {@code to} is not a later version of {@code from}; the identity when they are the same.
     */
    public Optional<Map<Long, Long>> criterionMapping(long from, long to) {
        Map<Long, Long> mapping = new HashMap<>();
        repository.criteria(from).forEach(c -> mapping.put(c.id(), c.id()));
        if (from == to) {
            return Optional.of(mapping);
        }
        // The chain from `to` back to `from`, oldest first.
        List<Long> chain = new ArrayList<>();
        for (Long at = to; at != null && at != from; ) {
            chain.add(0, at);
            Long previous =
                    repository.find(at).map(FrameworkSummary::previousId).orElse(null);
            if (previous == null) {
                return Optional.empty();
            }
            at = previous;
        }
        long hopFrom = from;
        for (long hopTo : chain) {
            Map<Long, Long> step = new HashMap<>();
            List<long[]> walk = repository.crosswalkIds(hopFrom, hopTo);
            if (walk.isEmpty()) {
                Map<String, Long> byCode = new HashMap<>();
                repository.criteria(hopTo).forEach(c -> byCode.put(c.code(), c.id()));
                repository.criteria(hopFrom).forEach(c -> {
                    if (byCode.containsKey(c.code())) {
                        step.put(c.id(), byCode.get(c.code()));
                    }
                });
            } else {
                walk.forEach(pair -> step.put(pair[0], pair[1]));
            }
            mapping.replaceAll((original, current) -> current == null ? null : step.get(current));
            hopFrom = hopTo;
        }
        mapping.values().removeIf(Objects::isNull);
        return Optional.of(mapping);
    }

    /** When units tie in the rankings of a framework version (the default for one that is gone). */
    public RankTies rankTiesOf(long frameworkId) {
        return repository.find(frameworkId).map(FrameworkSummary::rankTies).orElse(RankTies.UNROUNDED);
    }

    /** A framework as lists show it, for a module that has checked its own caller's rights. */
    public Optional<FrameworkSummary> summary(long frameworkId) {
        return repository.find(frameworkId);
    }

    /**
     * "code name" of criteria linked from another module (a target's criterion); the linking module checked that its
     * user could read the criterion when the link was made.
     */
    public java.util.Map<Long, String> criterionLabels(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        repository.criteria(ids).forEach(c -> out.put(c.id(), c.code() + " " + c.name()));
        return out;
    }

    /**
     * The criteria trees of the published frameworks the caller may read, to pick a criterion from: without views
     * or checks, which a picker does not need.
     */
    public List<FrameworkDetail> publishedFor(ScopedPrincipal caller) {
        return list(caller).stream()
                .filter(f -> f.status() == FrameworkStatus.PUBLISHED)
                .map(f -> new FrameworkDetail(
                        f, FrameworkRepository.tree(repository.criteria(f.id())), List.of(), List.of()))
                .toList();
    }

    /**
     * Whether the caller may make a framework (create, clone, import): an administrator or a standing office, issuing
     * it for its own unit (a national administrator for the country). The page shows its buttons by this rule.
     */
    public boolean mayCreate(ScopedPrincipal caller) {
        return caller.administers()
                && (caller.scope().national() || units.byPath(caller.seatPath()).isPresent());
    }

    /** The unit a new framework of the caller is issued by (none for a national one); refused if it may make none. */
    private Optional<UnitView> issuerFor(ScopedPrincipal caller) {
        if (!caller.administers()) {
            throw new AccessDeniedException("Only administrators and standing offices create frameworks");
        }
        Optional<UnitView> issuer = units.byPath(caller.seatPath());
        if (issuer.isEmpty() && !caller.scope().national()) {
            throw new AccessDeniedException("A framework is issued by the caller's unit");
        }
        return issuer;
    }

    @Transactional
    public FrameworkSummary create(ScopedPrincipal caller, FrameworkHeader header) {
        Optional<UnitView> issuer = issuerFor(caller);
        NewFramework f = header(header, issuer.orElse(null), FrameworkStatus.DRAFT, false, false, null, null);
        long id = repository.insert(f);
        audit.record(AuditRecord.of("FRAMEWORK_CREATED", "framework", id, f.issuerPath())
                .withDetail(f.name()));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public FrameworkSummary updateHeader(ScopedPrincipal caller, long id, int version, FrameworkHeader header) {
        FrameworkSummary before = access.requireDraft(caller, id);
        UnitView issuer = before.issuerUnitId() == null
                ? null
                : units.findById(before.issuerUnitId()).orElse(null);
        FrameworkHeader kept =
                header == null || header.rankTies() != null ? header : header.withRankTies(before.rankTies());
        NewFramework f = header(kept, issuer, FrameworkStatus.DRAFT, before.sample(), false, null, null);
        if (!repository.updateHeader(id, version, f)) {
            throw new ConflictException("error.conflict", "The framework was changed by someone else meanwhile");
        }
        audit.record(AuditRecord.of("FRAMEWORK_UPDATED", "framework", id, before.issuerPath())
                .change(
                        Map.of(
                                "name",
                                before.name(),
                                "rankTies",
                                before.rankTies().name()),
                        Map.of("name", f.name(), "rankTies", f.rankTies().name())));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public FrameworkSummary publish(ScopedPrincipal caller, long id) {
        FrameworkSummary f = access.requireDraft(caller, id);
        FrameworkDetail detail = detail(f);
        if (!detail.publishable()) {
            throw new ConflictException("framework.notPublishable", "Fix the problems shown before publishing");
        }
        repository.setStatus(id, FrameworkStatus.PUBLISHED);
        audit.record(AuditRecord.of("FRAMEWORK_PUBLISHED", "framework", id, f.issuerPath())
                .withDetail(f.name()));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public FrameworkSummary retire(ScopedPrincipal caller, long id) {
        FrameworkSummary f = access.requireManage(caller, id);
        if (f.status() != FrameworkStatus.PUBLISHED) {
            throw new ConflictException("framework.retireOnlyPublished", "Only a published framework can be retired");
        }
        repository.setStatus(id, FrameworkStatus.RETIRED);
        audit.record(AuditRecord.of("FRAMEWORK_RETIRED", "framework", id, f.issuerPath())
                .withDetail(f.name()));
        return repository.find(id).orElseThrow();
    }

    /**
     * A new draft version made from any framework the caller may read (a sample, last year's index), issued by the
     * caller's unit, with a crosswalk from each old criterion to its copy.
     */
    @Transactional
    public FrameworkSummary cloneAsDraft(ScopedPrincipal caller, long id, FrameworkHeader header) {
        FrameworkSummary source = get(caller, id);
        Optional<UnitView> issuer = issuerFor(caller);
        FrameworkHeader merged = new FrameworkHeader(
                header == null || header.name() == null || header.name().isBlank() ? source.name() : header.name(),
                source.description(),
                header == null ? null : header.decisionNumber(),
                header == null ? null : header.decisionDate(),
                source.subjects(),
                header == null || header.yearFrom() == null ? source.yearFrom() : header.yearFrom(),
                header == null || header.yearTo() == null ? source.yearTo() : header.yearTo(),
                header == null ? null : header.versionLabel(),
                header == null || header.rankTies() == null ? source.rankTies() : header.rankTies());
        boolean sameFamily = issuer.map(UnitView::path).orElse(null) != null
                && Objects.equals(issuer.get().path(), source.issuerPath());
        NewFramework f = header(
                merged,
                issuer.orElse(null),
                FrameworkStatus.DRAFT,
                false,
                false,
                sameFamily ? source.familyId() : null,
                source.id());
        long newId = repository.insert(f);
        copyContent(source.id(), newId, true);
        audit.record(AuditRecord.of("FRAMEWORK_CLONED", "framework", newId, f.issuerPath())
                .withDetail("from framework " + source.id()));
        return repository.find(newId).orElseThrow();
    }

    private void copyContent(long from, long to, boolean crosswalk) {
        Map<Long, Long> ids = new HashMap<>();
        for (Criterion c : repository.criteria(from)) {
            // Parents come before children: criteria are read in position order and parents were inserted first
            // when the source was built, but a moved node may sit later, so resolve parents lazily below.
            ids.put(c.id(), repository.insertCriterion(to, null, c.position(), CriterionData.from(null, c)));
        }
        for (Criterion c : repository.criteria(from)) {
            if (c.parentId() != null) {
                repository.move(ids.get(c.id()), ids.get(c.parentId()), c.position());
            }
            if (crosswalk) {
                repository.crosswalk(c.id(), ids.get(c.id()), null);
            }
        }
        int position = 0;
        for (FrameworkView v : repository.views(from)) {
            long viewId = repository.insertView(to, v.code(), v.name(), v.overall(), position++);
            Map<Long, BigDecimal> weights = new LinkedHashMap<>();
            v.items().forEach(i -> weights.put(ids.get(i.criterionId()), i.weight()));
            repository.replaceViewItems(viewId, weights);
        }
    }

    /** Creates or replaces a view (pillar or overall index) from weights by criterion code. */
    @Transactional
    public FrameworkView saveView(
            ScopedPrincipal caller,
            long frameworkId,
            String code,
            String name,
            boolean overall,
            Map<String, BigDecimal> weights) {
        FrameworkSummary f = access.requireDraft(caller, frameworkId);
        String viewCode = VietnameseText.nfc(code);
        if (viewCode == null || viewCode.isEmpty()) {
            throw new InvalidInputException("code", "validation.required", "The view's code is required");
        }
        String viewName =
                VietnameseText.nfc(name) == null || VietnameseText.nfc(name).isEmpty()
                        ? viewCode
                        : VietnameseText.nfc(name);
        Map<Long, BigDecimal> byId = new LinkedHashMap<>();
        for (var entry : weights.entrySet()) {
            Criterion c = repository
                    .criterionByCode(frameworkId, entry.getKey())
                    .orElseThrow(() -> new InvalidInputException(
                            "weights", "framework.unknownCode", "Unknown criterion " + entry.getKey()));
            if (entry.getValue() == null || entry.getValue().signum() <= 0) {
                throw new InvalidInputException("weights", "framework.problem.viewWeight", "Weights must be positive");
            }
            byId.put(c.id(), entry.getValue());
        }
        List<FrameworkView> views = repository.views(frameworkId);
        if (overall) {
            views.stream()
                    .filter(v -> v.overall() && !v.code().equals(viewCode))
                    .forEach(v -> repository.updateView(v.id(), v.name(), false));
        }
        long viewId = views.stream()
                .filter(v -> v.code().equals(viewCode))
                .findFirst()
                .map(v -> {
                    repository.updateView(v.id(), viewName, overall);
                    return v.id();
                })
                .orElseGet(() -> repository.insertView(frameworkId, viewCode, viewName, overall, views.size()));
        repository.replaceViewItems(viewId, byId);
        audit.record(AuditRecord.of("VIEW_SAVED", "framework_view", viewId, f.issuerPath())
                .change(null, Map.of("code", viewCode, "weights", weights.toString())));
        repository.touch(frameworkId);
        return repository.views(frameworkId).stream()
                .filter(v -> v.id() == viewId)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void deleteView(ScopedPrincipal caller, long frameworkId, String code) {
        FrameworkSummary f = access.requireDraft(caller, frameworkId);
        FrameworkView view = repository.views(frameworkId).stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("code", "framework.unknownView", "Unknown view " + code));
        repository.deleteView(view.id());
        audit.record(AuditRecord.of("VIEW_DELETED", "framework_view", view.id(), f.issuerPath())
                .withDetail(code));
    }

    /** The framework in the exchange format. */
    public FrameworkDocument export(ScopedPrincipal caller, long id) {
        FrameworkDetail d = detail(caller, id);
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
        Optional<UnitView> issuer = issuerFor(caller);
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
        NewFramework f = header(header, issuer, status, sample, demo, null, null);
        long id = repository.insert(sample ? withIssuerName(f, doc.issuer()) : f);
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
                        repository.insertCriterion(
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

    private static NewFramework withIssuerName(NewFramework f, String issuerName) {
        return new NewFramework(
                f.name(),
                f.description(),
                f.decisionNumber(),
                f.decisionDate(),
                f.issuerUnitId(),
                f.issuerPath(),
                issuerName,
                f.subjects(),
                f.yearFrom(),
                f.yearTo(),
                f.status(),
                f.sample(),
                f.demo(),
                f.familyId(),
                f.previousId(),
                f.versionLabel(),
                f.rankTies());
    }

    private static NewFramework header(
            FrameworkHeader h,
            UnitView issuer,
            FrameworkStatus status,
            boolean sample,
            boolean demo,
            Long family,
            Long previous) {
        String name = VietnameseText.nfc(h == null ? null : h.name());
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException("name", "validation.required", "The name is required");
        }
        if (name.length() > 300) {
            throw new InvalidInputException("name", "validation.tooLong", "The name is too long");
        }
        if (h.yearFrom() != null && h.yearTo() != null && h.yearTo() < h.yearFrom()) {
            throw new InvalidInputException("yearTo", "framework.yearsReversed", "The last year is before the first");
        }
        for (Integer year : new Integer[] {h.yearFrom(), h.yearTo()}) {
            if (year != null && (year < 2000 || year > 2100)) {
                throw new InvalidInputException("yearFrom", "framework.yearRange", "Years lie between 2000 and 2100");
            }
        }
        List<Subject> subjects =
                h.subjects() == null || h.subjects().isEmpty() ? List.of(Subject.COMMUNE) : h.subjects();
        return new NewFramework(
                name,
                VietnameseText.nfc(h.description()),
                VietnameseText.nfc(h.decisionNumber()),
                h.decisionDate(),
                issuer == null ? null : issuer.id(),
                issuer == null ? null : issuer.path(),
                issuer == null ? null : issuer.fullName(),
                subjects,
                h.yearFrom(),
                h.yearTo(),
                status,
                sample,
                demo,
                family,
                previous,
                VietnameseText.nfc(h.versionLabel()),
                h.rankTies() == null ? RankTies.UNROUNDED : h.rankTies());
    }
}
