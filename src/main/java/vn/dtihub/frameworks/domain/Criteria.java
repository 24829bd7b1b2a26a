package vn.dtihub.frameworks.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.CriterionNode;
import vn.dtihub.frameworks.FrameworkDetail;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * The criteria tree of a draft framework, edited by its issuing office: a criterion added, changed (a stale version is
 * a conflict), deleted with what is under it unless assigned, moved up, down or under another parent.
 */
@Service
public class Criteria {

    private final FrameworkRepository repository;
    private final CriterionRepository criterionRepository;
    private final FrameworkAccess access;
    private final AuditTrail audit;

    Criteria(
            FrameworkRepository repository,
            CriterionRepository criterionRepository,
            FrameworkAccess access,
            AuditTrail audit) {
        this.repository = repository;
        this.criterionRepository = criterionRepository;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Criterion add(ScopedPrincipal caller, long frameworkId, Long parentId, CriterionInput input) {
        FrameworkSummary f = access.requireDraft(caller, frameworkId);
        if (parentId != null) {
            criterionOf(f, parentId);
        }
        CriterionData data = CriterionData.from(input, null);
        requireUniqueCode(frameworkId, data.code(), null);
        long id = criterionRepository.insertCriterion(frameworkId, parentId, nextPosition(frameworkId), data);
        audit.record(AuditRecord.of("CRITERION_CREATED", "criterion", id, f.issuerPath())
                .change(null, CriterionData.describe(data))
                .withDetail("framework " + frameworkId));
        repository.touch(frameworkId);
        return criterionRepository.criterion(id).orElseThrow();
    }

    @Transactional
    public Criterion update(
            ScopedPrincipal caller, long frameworkId, long criterionId, int version, CriterionInput input) {
        FrameworkSummary f = access.requireDraft(caller, frameworkId);
        Criterion before = criterionOf(f, criterionId);
        CriterionData data = CriterionData.from(input, before);
        requireUniqueCode(frameworkId, data.code(), criterionId);
        if (!criterionRepository.updateCriterion(criterionId, version, data)) {
            throw new ConflictException("error.conflict", "The criterion was changed by someone else meanwhile");
        }
        audit.record(AuditRecord.of("CRITERION_UPDATED", "criterion", criterionId, f.issuerPath())
                .change(CriterionData.describe(CriterionData.from(null, before)), CriterionData.describe(data)));
        repository.touch(frameworkId);
        return criterionRepository.criterion(criterionId).orElseThrow();
    }

    /** Deletes a criterion and everything under it, unless some of it is already assigned to an agency or unit. */
    @Transactional
    public void delete(ScopedPrincipal caller, long frameworkId, long criterionId) {
        FrameworkSummary f = access.requireDraft(caller, frameworkId);
        Criterion c = criterionOf(f, criterionId);
        List<Long> subtree = new ArrayList<>();
        FrameworkDetail detail = tree(f);
        detail.node(c.code()).ifPresent(n -> collectIds(n, subtree));
        if (criterionRepository.hasAssignments(subtree)) {
            throw new ConflictException("framework.criterionAssigned", "The criterion is assigned: unassign it first");
        }
        criterionRepository.deleteCriterion(criterionId);
        audit.record(AuditRecord.of("CRITERION_DELETED", "criterion", criterionId, f.issuerPath())
                .change(CriterionData.describe(CriterionData.from(null, c)), null)
                .withDetail(subtree.size() + " criteria removed"));
        repository.touch(frameworkId);
    }

    /** Moves a criterion one place up or down among its siblings. */
    @Transactional
    public void reorder(ScopedPrincipal caller, long frameworkId, long criterionId, boolean up) {
        FrameworkSummary f = access.requireDraft(caller, frameworkId);
        Criterion c = criterionOf(f, criterionId);
        List<Criterion> siblings = criterionRepository.criteria(frameworkId).stream()
                .filter(s -> Objects.equals(s.parentId(), c.parentId()))
                .toList();
        int at = siblings.indexOf(
                siblings.stream().filter(s -> s.id() == c.id()).findFirst().orElseThrow());
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= siblings.size()) {
            return;
        }
        List<Criterion> reordered = new ArrayList<>(siblings);
        reordered.set(at, siblings.get(other));
        reordered.set(other, c);
        for (int i = 0; i < reordered.size(); i++) {
            criterionRepository.move(reordered.get(i).id(), c.parentId(), positionBase(siblings) + i);
        }
        audit.record(AuditRecord.of("CRITERION_MOVED", "criterion", criterionId, f.issuerPath())
                .withDetail(up ? "up" : "down"));
        repository.touch(frameworkId);
    }

    /** Moves a criterion under another parent (null: to the top level), at the end of its new siblings. */
    @Transactional
    public void move(ScopedPrincipal caller, long frameworkId, long criterionId, Long newParentId) {
        FrameworkSummary f = access.requireDraft(caller, frameworkId);
        Criterion c = criterionOf(f, criterionId);
        if (newParentId != null) {
            Criterion parent = criterionOf(f, newParentId);
            List<Long> subtree = new ArrayList<>();
            tree(f).node(c.code()).ifPresent(n -> collectIds(n, subtree));
            if (subtree.contains(parent.id())) {
                throw new InvalidInputException(
                        "parentId", "framework.moveIntoItself", "A criterion cannot move under itself");
            }
        }
        criterionRepository.move(criterionId, newParentId, nextPosition(frameworkId));
        audit.record(AuditRecord.of("CRITERION_MOVED", "criterion", criterionId, f.issuerPath())
                .withDetail("parent " + newParentId));
        repository.touch(frameworkId);
    }

    /** The framework's tree as it is now, to find a criterion's subtree. */
    private FrameworkDetail tree(FrameworkSummary f) {
        return new FrameworkDetail(
                f, CriterionRepository.tree(criterionRepository.criteria(f.id())), List.of(), List.of());
    }

    private Criterion criterionOf(FrameworkSummary f, long criterionId) {
        Criterion c = criterionRepository
                .criterion(criterionId)
                .orElseThrow(() -> CriterionNotFoundException.forId(criterionId));
        if (c.frameworkId() != f.id()) {
            throw CriterionNotFoundException.forId(criterionId);
        }
        return c;
    }

    private void requireUniqueCode(long frameworkId, String code, Long except) {
        criterionRepository
                .criterionByCode(frameworkId, code)
                .filter(other -> except == null || other.id() != except)
                .ifPresent(other -> {
                    throw new InvalidInputException(
                            "code", "framework.duplicateCode", "Another criterion has the code " + code);
                });
    }

    private int nextPosition(long frameworkId) {
        return criterionRepository.criteria(frameworkId).stream()
                        .mapToInt(Criterion::position)
                        .max()
                        .orElse(-1)
                + 1;
    }

    private static int positionBase(List<Criterion> siblings) {
        return siblings.stream().mapToInt(Criterion::position).min().orElse(0);
    }

    private static void collectIds(CriterionNode node, List<Long> out) {
        out.add(node.criterion().id());
        node.children().forEach(c -> collectIds(c, out));
    }
}
