package vn.dtihub.frameworks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dtihub.frameworks.domain.CriterionRepository;
import vn.dtihub.frameworks.domain.FrameworkAccess;
import vn.dtihub.frameworks.domain.FrameworkRepository;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Units;

/**
 * The frameworks module's API. A standing office manages the frameworks its unit issued; everyone reads the
 * national and sample frameworks and those issued above them. A published framework is frozen: changing it means
 * cloning it into a new draft version, which keeps a crosswalk to the old one.
 */
@Service
public class Frameworks {

    private final FrameworkRepository repository;
    private final CriterionRepository criterionRepository;
    private final FrameworkAccess access;
    private final Units units;

    Frameworks(
            FrameworkRepository repository,
            CriterionRepository criterionRepository,
            FrameworkAccess access,
            Units units) {
        this.repository = repository;
        this.criterionRepository = criterionRepository;
        this.access = access;
        this.units = units;
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
        return access.detail(caller, id);
    }

    public boolean canManage(ScopedPrincipal caller, FrameworkSummary f) {
        return FrameworkAccess.canManage(caller, f);
    }

    /**
     * A criterion a plan's target may name as the one it moves: of a framework the caller may read and that is no
     * longer a draft (a draft's criteria may still be deleted).
     */
    public java.util.Optional<Criterion> linkableCriterion(ScopedPrincipal caller, long criterionId) {
        return criterionRepository
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
        return criterionRepository.criteria(frameworkId);
    }

    /**
     * A framework's criteria as a tree lists them (depth first, each with its depth), for a module that lists them
     * under its own access rule (a scorecard).
     */
    public List<CriterionNode> flatTreeOf(long frameworkId) {
        return FrameworkDetail.flatten(CriterionRepository.tree(criterionRepository.criteria(frameworkId)));
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
        criterionRepository.criteria(from).forEach(c -> mapping.put(c.id(), c.id()));
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
                criterionRepository.criteria(hopTo).forEach(c -> byCode.put(c.code(), c.id()));
                criterionRepository.criteria(hopFrom).forEach(c -> {
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
        criterionRepository.criteria(ids).forEach(c -> out.put(c.id(), c.code() + " " + c.name()));
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
                        f, CriterionRepository.tree(criterionRepository.criteria(f.id())), List.of(), List.of()))
                .toList();
    }
}
