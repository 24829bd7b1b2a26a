package vn.dtihub.reporting.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.reporting.FormApproved;
import vn.dtihub.reporting.FormReopened;
import vn.dtihub.reporting.FormReturned;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSubmitted;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.ValuesApproved;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;

/** A form's workflow: submitted once (whatever the retries), taken into review, sent back with its reasons, approved, reopened; the reviewer's points; each move checked against the version read. */
@Service
public class Workflow {

    private final FormRepository repository;
    private final ValueRepository valueRepository;
    private final ReportingAccess access;
    private final FormCriteria criteria;
    private final AuditTrail audit;
    private final vn.dtihub.documents.Workbooks workbooks;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Forms forms;

    Workflow(
            FormRepository repository,
            ValueRepository valueRepository,
            ReportingAccess access,
            FormCriteria criteria,
            AuditTrail audit,
            vn.dtihub.documents.Workbooks workbooks,
            org.springframework.context.ApplicationEventPublisher events,
            Forms forms) {
        this.forms = forms;
        this.events = events;
        this.repository = repository;
        this.valueRepository = valueRepository;
        this.access = access;
        this.criteria = criteria;
        this.audit = audit;
        this.workbooks = workbooks;
    }

    /**
     * The unit's head signs the form off. The idempotency key makes a double click or a retried request submit once:
     * the second answers with the form as the first left it.
     */
    @Transactional
    public FormSummary submit(ScopedPrincipal caller, long formId, Integer version, String key) {
        FormSummary form = access.form(caller, formId);
        if (!ReportingAccess.signs(caller, form)) {
            throw new AccessDeniedException("The unit's approver (its head) submits the form");
        }
        if (key != null && !key.isBlank()) {
            if (key.length() > 200) {
                throw new InvalidInputException("idempotencyKey", "validation.tooLong", "The key is too long");
            }
            if (!repository.firstSubmission(formId, key.strip())) {
                return repository.form(formId).orElseThrow();
            }
        }
        if (!forms.period(form).open()) {
            throw new ConflictException("period.closed", "The period is closed");
        }
        int moved =
                move(caller, form, version, List.of(FormStatus.DRAFT, FormStatus.RETURNED), FormStatus.SUBMITTED, null);
        events.publishEvent(new FormSubmitted(formId, form.periodId(), moved, caller.username()));
        return repository.form(formId).orElseThrow();
    }

    /** The standing office takes a submitted form up for appraisal (thẩm định). */
    @Transactional
    public FormSummary startReview(ScopedPrincipal caller, long formId, Integer version) {
        FormSummary form = reviewed(caller, formId);
        move(caller, form, version, List.of(FormStatus.SUBMITTED), FormStatus.UNDER_REVIEW, null);
        return repository.form(formId).orElseThrow();
    }

    /** Sends a form back with a note and a comment on each criterion to correct. */
    @Transactional
    public FormSummary sendBack(
            ScopedPrincipal caller, long formId, Integer version, String note, Map<Long, String> comments) {
        FormSummary form = reviewed(caller, formId);
        String text = VietnameseText.nfcText(note);
        boolean commented = comments != null && comments.values().stream().anyMatch(c -> c != null && !c.isBlank());
        if ((text == null || text.isBlank()) && !commented) {
            throw new InvalidInputException("note", "form.returnNote", "Say what to correct");
        }
        int moved = move(
                caller,
                form,
                version,
                List.of(FormStatus.SUBMITTED, FormStatus.UNDER_REVIEW),
                FormStatus.RETURNED,
                text);
        int commentCount = 0;
        if (comments != null) {
            for (Map.Entry<Long, String> comment : comments.entrySet()) {
                String c = VietnameseText.nfcText(comment.getValue());
                if (c != null && !c.isBlank()) {
                    criteria.role(formId, comment.getKey());
                    valueRepository.review(formId, comment.getKey(), c, null);
                    repository.event(formId, caller.username(), "COMMENTED", comment.getKey(), null, c, null);
                    commentCount++;
                }
            }
        }
        events.publishEvent(new FormReturned(formId, form.periodId(), moved, caller.username(), text, commentCount));
        return repository.form(formId).orElseThrow();
    }

    /** Approves a form: its values are locked from then on. */
    @Transactional
    public FormSummary approve(ScopedPrincipal caller, long formId, Integer version) {
        FormSummary form = reviewed(caller, formId);
        int moved = move(
                caller,
                form,
                version,
                List.of(FormStatus.SUBMITTED, FormStatus.UNDER_REVIEW),
                FormStatus.APPROVED,
                null);
        events.publishEvent(new FormApproved(formId, form.periodId(), moved, caller.username()));
        return repository.form(formId).orElseThrow();
    }

    /** Reopens an approved form, explicitly and with a reason: it goes back to the unit. */
    @Transactional
    public FormSummary reopen(ScopedPrincipal caller, long formId, Integer version, String reason) {
        FormSummary form = reviewed(caller, formId);
        String why = VietnameseText.nfcText(reason);
        if (why == null || why.isBlank()) {
            throw new InvalidInputException("reason", "form.reasonRequired", "Give the reason for reopening");
        }
        int moved = move(caller, form, version, List.of(FormStatus.APPROVED), FormStatus.RETURNED, why);
        events.publishEvent(new FormReopened(formId, form.periodId(), moved, caller.username(), why));
        return repository.form(formId).orElseThrow();
    }

    /** Points the reviewer gives a reviewer-scored criterion, within its maximum. */
    @Transactional
    public FormLine givePoints(ScopedPrincipal caller, long formId, long criterionId, BigDecimal points) {
        FormSummary form = reviewed(caller, formId);
        PeriodSummary period = forms.period(form);
        Criterion criterion = criteria.asked(form, period, criterionId).criterion();
        if (!(criterion.rule() instanceof ScoringRule.Reviewer)) {
            throw new InvalidInputException("points", "form.notReviewerScored", "This criterion is scored by its rule");
        }
        if (!repository.lockStatus(formId).inReview()) {
            throw new ConflictException("form.notEditableNow", "Points are given while the form is appraised");
        }
        if (points == null || points.signum() < 0 || points.compareTo(criterion.maxPoints()) > 0) {
            throw new InvalidInputException("points", "form.pointsRange", "Points lie between 0 and the maximum");
        }
        valueRepository.review(formId, criterionId, null, points);
        repository.event(formId, caller.username(), "POINTS_GIVEN", criterionId, null, points.toPlainString(), null);
        audit.record(AuditRecord.of("POINTS_GIVEN", "report_form", formId, form.assigneePath())
                .change(null, Map.of("criterion", criterion.code(), "points", points)));
        return forms.lines(caller, form, vn.dtihub.shared.VietnameseText.LOCALE).stream()
                .filter(l -> l.criterion().id() == criterionId)
                .findFirst()
                .orElseThrow();
    }

    private FormSummary reviewed(ScopedPrincipal caller, long formId) {
        FormSummary form = access.form(caller, formId);
        if (!ReportingAccess.reviews(caller, forms.period(form))) {
            throw new AccessDeniedException("The standing office that opened the period appraises its forms");
        }
        return form;
    }

    /**
     * The version the caller read, required once the caller is known to be allowed the action: who may not act is told
     * so (403) before being told what the request lacks.
     */
    public static int required(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "validation.required", "version is required");
        }
        return version;
    }

    /**
     * A status change allowed only from the given statuses and on the version read; otherwise a conflict. Returns the
     * form's version after the change.
     */
    private int move(
            ScopedPrincipal caller,
            FormSummary form,
            Integer version,
            List<FormStatus> from,
            FormStatus to,
            String note) {
        if (!repository.transition(form.id(), required(version), from, to, caller.username(), note)) {
            FormSummary current = repository.form(form.id()).orElseThrow();
            throw new ConflictException(
                    from.contains(current.status()) ? "error.conflict" : "form.wrongStatus",
                    "The form is " + current.status() + " (version " + current.version() + ")",
                    "→ " + current.status());
        }
        repository.event(
                form.id(), caller.username(), to.name(), null, form.status().name(), to.name(), note);
        if (to == FormStatus.APPROVED || form.status() == FormStatus.APPROVED) {
            events.publishEvent(new ValuesApproved(form.periodId()));
        }
        audit.record(AuditRecord.of("FORM_" + to.name(), "report_form", form.id(), form.assigneePath())
                .change(
                        Map.of("status", form.status().name()),
                        note == null ? Map.of("status", to.name()) : Map.of("status", to.name(), "note", note)));
        return required(version) + 1;
    }
}
