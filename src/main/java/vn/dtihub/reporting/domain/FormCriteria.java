package vn.dtihub.reporting.domain;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.shared.InvalidInputException;

/**
 * The criteria forms ask for, shared by values, evidence and appeals: a framework's criteria read once (periods are
 * opened on published frameworks only, whose criteria never change: a correction is a new version), and the one
 * criterion a request names, refused naming the field when the form does not ask for it.
 */
@Component
class FormCriteria {
    private final ValueRepository valueRepository;
    private final Frameworks frameworks;
    private final Map<Long, List<Criterion>> byFramework = new ConcurrentHashMap<>();

    FormCriteria(ValueRepository valueRepository, Frameworks frameworks) {
        this.valueRepository = valueRepository;
        this.frameworks = frameworks;
    }

    List<Criterion> of(long frameworkId) {
        return byFramework.computeIfAbsent(frameworkId, frameworks::criteriaOf);
    }

    /** A criterion a form asks for, and its role on the form. */
    record Asked(Criterion criterion, String role) {}

    Asked asked(FormSummary form, PeriodSummary period, long criterionId) {
        String role = role(form.id(), criterionId);
        Criterion criterion = of(period.frameworkId()).stream()
                .filter(c -> c.id() == criterionId)
                .findFirst()
                .orElseThrow(() -> notAsked(criterionId));
        return new Asked(criterion, role);
    }

    /** The same, with the form's roles already read (criterion id to role): for a batch of values. */
    Asked asked(PeriodSummary period, long criterionId, Map<Long, String> roles) {
        String role = role(criterionId, roles);
        Criterion criterion = of(period.frameworkId()).stream()
                .filter(c -> c.id() == criterionId)
                .findFirst()
                .orElseThrow(() -> notAsked(criterionId));
        return new Asked(criterion, role);
    }

    /** The criterion's role among the form's roles already read, or the same refusal. */
    String role(long criterionId, Map<Long, String> roles) {
        String role = roles.get(criterionId);
        if (role == null) {
            throw notAsked(criterionId);
        }
        return role;
    }

    /** The criterion's role on the form, or a refusal when the form does not ask for it. */
    String role(long formId, long criterionId) {
        return valueRepository.role(formId, criterionId).orElseThrow(() -> notAsked(criterionId));
    }

    private static InvalidInputException notAsked(long criterionId) {
        return new InvalidInputException(
                "criterionId", "form.criterionNotAsked", "The form does not ask for criterion " + criterionId);
    }
}
