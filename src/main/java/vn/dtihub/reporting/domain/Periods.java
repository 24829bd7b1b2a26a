package vn.dtihub.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;
import vn.dtihub.units.Units;

/**
 * Reporting periods: opened by a standing office over its unit for a published framework, creating a form for every
 * unit the framework scores in that scope (the criteria nobody else was assigned) and for every agency or unit
 * assigned criteria to lead or supply; a deadline extended for one form alone; closed when the cycle ends.
 */
@Service
public class Periods {

    private final FormRepository repository;
    private final PeriodRepository periodRepository;
    private final ReportingAccess access;
    private final FormCriteria criteria;
    private final Units units;
    private final AuditTrail audit;
    private final Clock clock;

    Periods(
            FormRepository repository,
            PeriodRepository periodRepository,
            ReportingAccess access,
            FormCriteria criteria,
            Units units,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.periodRepository = periodRepository;
        this.access = access;
        this.criteria = criteria;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in Vietnam: deadlines are days there. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(vn.dtihub.shared.VietnamTime.ZONE));
    }

    public List<PeriodSummary> list(ScopedPrincipal caller) {
        return periodRepository.periodsVisible(caller.scope(), caller.seatPath()).stream()
                .filter(p -> p.kind() != PeriodKind.AD_HOC || access.readable(caller, p))
                .toList();
    }

    public PeriodSummary get(ScopedPrincipal caller, long id) {
        return access.period(caller, id);
    }

    /** The latest earlier period of the same kind over the same scope, for comparisons (no access check of its own). */
    public Optional<PeriodSummary> previous(PeriodSummary p) {
        return periodRepository.previous(p);
    }

    /** The period of the same kind over the same scope a year earlier, for comparisons (no access check of its own). */
    public Optional<PeriodSummary> sameLastYear(PeriodSummary p) {
        return periodRepository.sameLastYear(p);
    }

    /**
     * The periods that report the same year on the same framework and units' structure as a period (itself among
     * them): a province's and the national period of 2022, say. No access check of its own: the caller reads only the
     * units its scope covers.
     */
    public List<PeriodSummary> sameYear(PeriodSummary p) {
        return periodRepository.sameYear(p);
    }

    /** A period by id, for a module that checks its own caller's rights. */
    public Optional<PeriodSummary> find(long id) {
        return periodRepository.period(id);
    }

    public boolean manages(ScopedPrincipal caller, PeriodSummary p) {
        return ReportingAccess.manages(caller, p);
    }

    @Transactional
    public PeriodSummary close(ScopedPrincipal caller, long id, Integer version) {
        PeriodSummary p = access.period(caller, id);
        if (!manages(caller, p)) {
            throw new AccessDeniedException("The standing office that opened the period closes it");
        }
        if (!periodRepository.closePeriod(id, Workflow.required(version))) {
            throw new ConflictException("period.closeConflict", "The period was changed or closed meanwhile");
        }
        audit.record(AuditRecord.of("PERIOD_CLOSED", "reporting_period", id, p.scopePath()));
        return periodRepository.period(id).orElseThrow();
    }

    /** Gives one form more time (an exception, with its reason) without reopening the period for everyone. */
    @Transactional
    public FormSummary extend(ScopedPrincipal caller, long formId, Integer version, LocalDate to, String reason) {
        FormSummary f = access.form(caller, formId);
        PeriodSummary p = periodRepository.period(f.periodId()).orElseThrow();
        if (!manages(caller, p)) {
            throw new AccessDeniedException("The standing office that opened the period extends its deadlines");
        }
        if (to == null || !to.isAfter(f.dueOn())) {
            throw new InvalidInputException(
                    "extendedTo", "period.extendAfter", "The new deadline is after the usual one");
        }
        String why = VietnameseText.nfcText(reason);
        if (why == null || why.isBlank()) {
            throw new InvalidInputException("reason", "period.extendReason", "Give the reason for the exception");
        }
        if (!repository.extend(formId, Workflow.required(version), to, why)) {
            throw new ConflictException("error.conflict", "The form was changed meanwhile");
        }
        repository.event(
                formId, caller.username(), "EXTENDED", null, String.valueOf(f.deadline()), String.valueOf(to), why);
        audit.record(AuditRecord.of("FORM_EXTENDED", "report_form", formId, f.assigneePath())
                .change(
                        Map.of("deadline", String.valueOf(f.deadline())),
                        Map.of("deadline", String.valueOf(to), "reason", why)));
        return repository.form(formId).orElseThrow();
    }

    /**
     * The forms not yet submitted in every open period, for the reminders: the notifications module decides who is
     * told, and tells only the forms' own units.
     */
    public List<FormSummary> pendingForms() {
        return repository.pendingForms();
    }

    /**
     * A period's forms, with how much each is filled and whether it was on time: the completeness page. Each caller
     * sees the forms of the units its scope covers and those it fills itself, narrowed to a sub-unit on request.
     */
    public List<FormSummary> completeness(ScopedPrincipal caller, long periodId, String underPath, FormStatus status) {
        access.period(caller, periodId);
        return repository
                .forms(periodId, underPath, status, caller.scope(), caller.seatAgencyId(), caller.seatPath())
                .stream()
                .filter(f -> caller.scope().coversUnit(f.assigneePath()) || ReportingAccess.fills(caller, f))
                .toList();
    }
}
