package vn.dtihub.frameworks.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.FrameworkDetail;
import vn.dtihub.frameworks.FrameworkStatus;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.frameworks.RankTies;
import vn.dtihub.frameworks.Subject;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/** A framework's life as its issuer's standing office drives it: created and edited as a draft, its views weighted, published, retired, cloned into a new version. */
@Service
public class Drafts {

    private final FrameworkRepository repository;
    private final CriterionRepository criterionRepository;
    private final FrameworkAccess access;
    private final Units units;
    private final AuditTrail audit;

    Drafts(
            FrameworkRepository repository,
            CriterionRepository criterionRepository,
            FrameworkAccess access,
            Units units,
            AuditTrail audit) {
        this.repository = repository;
        this.criterionRepository = criterionRepository;
        this.access = access;
        this.units = units;
        this.audit = audit;
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
    Optional<UnitView> issuerFor(ScopedPrincipal caller) {
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
        FrameworkDetail detail = access.detail(f);
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
        FrameworkSummary source = access.get(caller, id);
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
        for (Criterion c : criterionRepository.criteria(from)) {
            // Parents come before children: criteria are read in position order and parents were inserted first
            // when the source was built, but a moved node may sit later, so resolve parents lazily below.
            ids.put(c.id(), criterionRepository.insertCriterion(to, null, c.position(), CriterionData.from(null, c)));
        }
        for (Criterion c : criterionRepository.criteria(from)) {
            if (c.parentId() != null) {
                criterionRepository.move(ids.get(c.id()), ids.get(c.parentId()), c.position());
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
            Criterion c = criterionRepository
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

    static NewFramework withIssuerName(NewFramework f, String issuerName) {
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

    static NewFramework header(
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
