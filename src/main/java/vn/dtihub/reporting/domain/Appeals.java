package vn.dtihub.reporting.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.reporting.Entry;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.ValueInput;
import vn.dtihub.reporting.ValuesApproved;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.DtiHubProperties;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;

/**
 * Appeals (khiếu nại): once a standing office publishes a period's appraised results, each unit has a window
 * (7 days unless configured) to appeal any criterion of its approved form with a reason; the reviewer accepts (the
 * value, and so its points, change on the locked form, logged) or rejects with an answer. After the window the
 * results are final.
 */
@Service
public class Appeals {

    private final AppealRepository appeals;
    private final FormRepository reporting;
    private final ValueRepository valueRepository;
    private final PeriodRepository periodRepository;
    private final ReportingAccess access;
    private final FormCriteria criteria;
    private final AuditTrail audit;
    private final Clock clock;
    private final int days;
    private final org.springframework.context.ApplicationEventPublisher events;

    Appeals(
            AppealRepository appeals,
            FormRepository reporting,
            ValueRepository valueRepository,
            PeriodRepository periodRepository,
            ReportingAccess access,
            FormCriteria criteria,
            AuditTrail audit,
            Clock clock,
            DtiHubProperties settings,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.appeals = appeals;
        this.reporting = reporting;
        this.valueRepository = valueRepository;
        this.periodRepository = periodRepository;
        this.access = access;
        this.criteria = criteria;
        this.audit = audit;
        this.clock = clock;
        this.days = settings.reporting().appealDays();
    }

    /** Publishes the appraised results of a period, once: the appeal window opens. */
    @Transactional
    public PeriodSummary publish(ScopedPrincipal caller, long periodId, int version) {
        PeriodSummary p = access.period(caller, periodId);
        if (!ReportingAccess.manages(caller, p)) {
            throw new AccessDeniedException("The standing office that opened the period publishes its results");
        }
        if (!periodRepository.publish(periodId, version, days)) {
            throw new ConflictException(
                    "appeal.publishConflict", "The results are published already, or the period changed");
        }
        audit.record(AuditRecord.of("PERIOD_PUBLISHED", "reporting_period", periodId, p.scopePath())
                .withDetail("appeals for " + days + " days"));
        return periodRepository.period(periodId).orElseThrow();
    }

    public List<Appeal> ofForm(ScopedPrincipal caller, long formId) {
        return ofForm(caller, access.form(caller, formId));
    }

    public List<Appeal> ofForm(ScopedPrincipal caller, FormSummary form) {
        access.check(caller, form);
        return appeals.ofForm(form.id());
    }

    /** The unit appeals one criterion of its approved form, within the window, with its reason. */
    @Transactional
    public Appeal file(ScopedPrincipal caller, long formId, long criterionId, String reason) {
        FormSummary form = access.form(caller, formId);
        if (!ReportingAccess.fills(caller, form)) {
            throw new AccessDeniedException("The form's unit appeals its results");
        }
        PeriodSummary p = periodRepository.period(form.periodId()).orElseThrow();
        if (!p.appealsOpen(clock.instant())) {
            throw new ConflictException(
                    "appeal.windowClosed", "Appeals are filed between the publication of the results and the deadline");
        }
        if (form.status() != FormStatus.APPROVED) {
            throw new ConflictException("appeal.notApproved", "Only an approved form's results are appealed");
        }
        criteria.role(formId, criterionId);
        String why = VietnameseText.nfcText(reason);
        if (why == null || why.isBlank() || why.length() > 4000) {
            throw new InvalidInputException("reason", "appeal.reasonRequired", "Give the reason of the appeal");
        }
        long id = appeals.insert(formId, criterionId, why, caller.username())
                .orElseThrow(() -> new ConflictException("appeal.alreadyOpen", "This criterion has an open appeal"));
        reporting.event(formId, caller.username(), "APPEALED", criterionId, null, null, why);
        audit.record(AuditRecord.of("APPEAL_FILED", "report_form", formId, form.assigneePath())
                .withDetail(why));
        return appeals.find(id).orElseThrow();
    }

    /**
     * The reviewer decides an appeal with an answer. Accepting may change the value (and so its points) or give
     * reviewer points, on the approved form itself; the change is in the form's history and the audit log.
     */
    @Transactional
    public Appeal decide(
            ScopedPrincipal caller, long appealId, boolean accept, String answer, ValueInput value, BigDecimal points) {
        Appeal appeal = appeals.find(appealId).orElseThrow(() -> ReportingNotFoundException.appeal(appealId));
        FormSummary form = access.form(caller, appeal.formId());
        PeriodSummary p = periodRepository.period(form.periodId()).orElseThrow();
        if (!ReportingAccess.reviews(caller, p)) {
            throw new AccessDeniedException("The standing office that appraised the form decides its appeals");
        }
        String text = VietnameseText.nfcText(answer);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("answer", "appeal.answerRequired", "Answer the appeal");
        }
        if (accept) {
            Criterion criterion = criteria.asked(form, p, appeal.criterionId()).criterion();
            if (value != null && !Entry.read(criterion, value).empty()) {
                Entry entry = Entry.read(criterion, value);
                var before = valueRepository.value(form.id(), criterion.id()).orElse(null);
                BigDecimal earned = criterion.rule() == null
                        ? null
                        : criterion
                                .rule()
                                .points(entry.ruleInput(), criterion.maxPoints())
                                .orElse(null);
                valueRepository
                        .saveValue(
                                form.id(),
                                criterion.id(),
                                before == null ? 0 : before.version(),
                                entry,
                                earned,
                                caller.username())
                        .orElseThrow(() -> new ConflictException("error.conflict", "The value changed meanwhile"));
                reporting.event(
                        form.id(),
                        caller.username(),
                        "VALUE_CORRECTED",
                        criterion.id(),
                        before == null ? null : before.entry().display(),
                        entry.display(),
                        text);
                audit.record(AuditRecord.of("VALUE_CORRECTED", "report_form", form.id(), form.assigneePath())
                        .change(
                                Map.of(
                                        "value",
                                        before == null ? "" : before.entry().display()),
                                Map.of("value", entry.display(), "reason", text)));
            }
            if (points != null) {
                if (points.signum() < 0 || points.compareTo(criterion.maxPoints()) > 0) {
                    throw new InvalidInputException(
                            "points", "form.pointsRange", "Points lie between 0 and the maximum");
                }
                valueRepository.review(form.id(), criterion.id(), null, points);
            }
        }
        if (!appeals.decide(appealId, accept, text, caller.username())) {
            throw new ConflictException("appeal.decided", "The appeal was decided meanwhile");
        }
        reporting.event(
                form.id(),
                caller.username(),
                accept ? "APPEAL_ACCEPTED" : "APPEAL_REJECTED",
                appeal.criterionId(),
                null,
                null,
                text);
        audit.record(AuditRecord.of(
                        accept ? "APPEAL_ACCEPTED" : "APPEAL_REJECTED", "report_form", form.id(), form.assigneePath())
                .withDetail(text));
        if (accept) {
            events.publishEvent(new ValuesApproved(form.periodId()));
        }
        events.publishEvent(new vn.dtihub.reporting.AppealDecided(
                appealId, form.id(), form.periodId(), appeal.criterionCode(), accept, text, caller.username()));
        return appeals.find(appealId).orElseThrow();
    }
}
