package vn.dtihub.frameworks.domain;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.dtihub.frameworks.CriterionNode;
import vn.dtihub.frameworks.FrameworkDetail;
import vn.dtihub.frameworks.FrameworkStatus;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.ScopedPrincipal;

/** Who reads a framework and who manages it, for every service of the module, so that each applies the same rule. */
@Component
public class FrameworkAccess {

    private final FrameworkRepository repository;
    private final CriterionRepository criterionRepository;

    FrameworkAccess(FrameworkRepository repository, CriterionRepository criterionRepository) {
        this.repository = repository;
        this.criterionRepository = criterionRepository;
    }

    /** A framework the caller may read; another province's is reported as not found. */
    public FrameworkSummary get(ScopedPrincipal caller, long id) {
        FrameworkSummary f = repository.find(id).orElseThrow(() -> FrameworkNotFoundException.forId(id));
        if (!readable(caller, f)) {
            throw FrameworkNotFoundException.forId(id);
        }
        return f;
    }

    /** A framework the caller may read, with its criteria as a tree, its views and what keeps it from publication. */
    public FrameworkDetail detail(ScopedPrincipal caller, long id) {
        return detail(get(caller, id));
    }

    public FrameworkDetail detail(FrameworkSummary f) {
        List<CriterionNode> roots = CriterionRepository.tree(criterionRepository.criteria(f.id()));
        List<FrameworkView> views = repository.views(f.id());
        return new FrameworkDetail(f, roots, views, FrameworkValidator.check(roots, views));
    }

    /**
     * Whether the caller reads a framework: one of its own unit or of a unit above or below it. A draft only its
     * issuing office (and the national administration for a national draft) reads: it is not yet anybody's rule.
     */
    public static boolean readable(ScopedPrincipal caller, FrameworkSummary f) {
        if (f.status() == FrameworkStatus.DRAFT) {
            return caller.administers()
                    && (f.issuerPath() == null
                            ? caller.scope().national()
                            : caller.scope().coversUnit(f.issuerPath()));
        }
        return f.issuerPath() == null || caller.scope().reads(f.issuerPath(), caller.seatPath());
    }

    /** Whether the caller manages a framework: the standing office of its issuing unit (the nation's for a national one). */
    public static boolean canManage(ScopedPrincipal caller, FrameworkSummary f) {
        if (!caller.administers()) {
            return false;
        }
        return f.issuerPath() == null
                ? caller.scope().national()
                : caller.scope().coversUnit(f.issuerPath());
    }

    public FrameworkSummary requireManage(ScopedPrincipal caller, long id) {
        FrameworkSummary f = get(caller, id);
        if (!canManage(caller, f)) {
            throw new AccessDeniedException("Only the issuing unit's standing office manages this framework");
        }
        return f;
    }

    public FrameworkSummary requireDraft(ScopedPrincipal caller, long id) {
        FrameworkSummary f = requireManage(caller, id);
        if (f.status() != FrameworkStatus.DRAFT) {
            throw new ConflictException(
                    "framework.published",
                    "A published framework cannot be changed: clone it into a new draft version");
        }
        return f;
    }
}
