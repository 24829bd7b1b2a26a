package vn.dtihub.frameworks.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.CriterionNode;
import vn.dtihub.frameworks.FrameworkDetail;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;

/**
 * Two versions of a framework side by side (what was added, removed, changed) and the crosswalk that says which
 * criterion of the old version a criterion of the new one continues, so that values carry over.
 */
@Service
public class Comparisons {

    private final FrameworkRepository repository;
    private final CriterionRepository criterionRepository;
    private final FrameworkAccess access;
    private final AuditTrail audit;

    Comparisons(
            FrameworkRepository repository,
            CriterionRepository criterionRepository,
            FrameworkAccess access,
            AuditTrail audit) {
        this.repository = repository;
        this.criterionRepository = criterionRepository;
        this.access = access;
        this.audit = audit;
    }

    /** Added, removed and changed criteria from one version to another: by crosswalk where there is one, else by code. */
    public Comparison compare(ScopedPrincipal caller, long fromId, long toId) {
        FrameworkDetail from = access.detail(caller, fromId);
        FrameworkDetail to = access.detail(caller, toId);
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String[]> walk = repository.crosswalkBetween(fromId, toId);
        if (walk.isEmpty()) {
            from.flatten().forEach(n -> {
                String code = n.criterion().code();
                if (to.node(code).isPresent()) {
                    pairs.put(code, code);
                }
            });
        } else {
            walk.forEach(p -> pairs.put(p[0], p[1]));
        }
        List<Comparison.Change> added = new ArrayList<>();
        List<Comparison.Change> removed = new ArrayList<>();
        List<Comparison.Change> changed = new ArrayList<>();
        int unchanged = 0;
        for (CriterionNode n : from.flatten()) {
            Criterion a = n.criterion();
            String target = pairs.get(a.code());
            Optional<CriterionNode> match = target == null ? Optional.empty() : to.node(target);
            if (match.isEmpty()) {
                removed.add(new Comparison.Change(a.code(), null, a.name(), null, a.maxPoints(), null, List.of()));
                continue;
            }
            Criterion b = match.get().criterion();
            List<String> differences = new ArrayList<>();
            if (!a.code().equals(b.code())) {
                differences.add("code");
            }
            if (!a.name().equals(b.name())) {
                differences.add("name");
            }
            if (a.maxPoints().compareTo(b.maxPoints()) != 0) {
                differences.add("maxPoints");
            }
            if (!Objects.equals(a.rule(), b.rule())) {
                differences.add("rule");
            }
            if (a.valueType() != b.valueType()) {
                differences.add("valueType");
            }
            if (differences.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Comparison.Change(
                        a.code(), b.code(), a.name(), b.name(), a.maxPoints(), b.maxPoints(), differences));
            }
        }
        java.util.Set<String> matched = new java.util.HashSet<>(pairs.values());
        for (CriterionNode n : to.flatten()) {
            Criterion b = n.criterion();
            if (!matched.contains(b.code())) {
                added.add(new Comparison.Change(null, b.code(), null, b.name(), null, b.maxPoints(), List.of()));
            }
        }
        return new Comparison(from.framework(), to.framework(), added, removed, changed, unchanged);
    }

    /** Records that a criterion of an older version corresponds to one of a newer version. */
    @Transactional
    public void link(
            ScopedPrincipal caller, long fromFramework, String fromCode, long toFramework, String toCode, String note) {
        FrameworkSummary to = access.requireManage(caller, toFramework);
        access.get(caller, fromFramework);
        Criterion a = criterionRepository
                .criterionByCode(fromFramework, fromCode)
                .orElseThrow(() -> new InvalidInputException(
                        "fromCode", "framework.unknownCode", "Unknown criterion " + fromCode));
        Criterion b = criterionRepository
                .criterionByCode(toFramework, toCode)
                .orElseThrow(() ->
                        new InvalidInputException("toCode", "framework.unknownCode", "Unknown criterion " + toCode));
        repository.crosswalk(a.id(), b.id(), VietnameseText.nfc(note));
        audit.record(AuditRecord.of("CROSSWALK_LINKED", "criterion", b.id(), to.issuerPath())
                .withDetail(fromFramework + ":" + fromCode + " -> " + toFramework + ":" + toCode));
    }
}
