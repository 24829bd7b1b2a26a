package vn.dtihub.reporting.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * Who sees, fills, signs and reviews what, shared by the period and form sides of the module: a period is read by
 * the offices whose scope covers it and by those who report in it; a form is filled by its agency or unit, signed off
 * by that seat's head, and appraised by the standing office that opened its period (or one above it).
 */
@Component
class ReportingAccess {

    private final FormRepository repository;
    private final PeriodRepository periodRepository;

    ReportingAccess(FormRepository repository, PeriodRepository periodRepository) {
        this.repository = repository;
        this.periodRepository = periodRepository;
    }

    PeriodSummary period(ScopedPrincipal caller, long id) {
        PeriodSummary p = periodRepository.period(id).orElseThrow(() -> ReportingNotFoundException.period(id));
        if (!readable(caller, p)) {
            throw ReportingNotFoundException.period(id);
        }
        return p;
    }

    /**
     * Whether the caller reads a period: its scope covers the period's, or it reports in it. An ad hoc request is
     * readable only by the office that manages it and by its addressees (a form of it that the caller fills or whose
     * unit its scope covers): the other units under the office are not told what was asked of whom.
     */
    boolean readable(ScopedPrincipal caller, PeriodSummary p) {
        if (!caller.scope().coversUnit(p.scopePath()) && !reportsIn(caller, p)) {
            return false;
        }
        if (p.kind() != PeriodKind.AD_HOC
                || manages(caller, p)
                || caller.scope().national()) {
            return true;
        }
        return !repository
                .forms(p.id(), null, null, caller.scope(), caller.seatAgencyId(), caller.seatPath())
                .isEmpty();
    }

    /**
     * Whether a period is over a unit above the caller, who then reports in it: above its seat, or above a unit its
     * own was formed from (a national period of 2022 is over old Thanh Hóa, which today's Thanh Hóa carries on).
     */
    private static boolean reportsIn(ScopedPrincipal caller, PeriodSummary p) {
        if (caller.seatPath() != null && caller.seatPath().startsWith(p.scopePath())) {
            return true;
        }
        return caller.scope().unitPaths().stream().anyMatch(root -> root.startsWith(p.scopePath()));
    }

    static boolean manages(ScopedPrincipal caller, PeriodSummary p) {
        return caller.administers() && caller.scope().coversUnit(p.scopePath());
    }

    FormSummary form(ScopedPrincipal caller, long id) {
        return check(caller, repository.form(id).orElseThrow(() -> ReportingNotFoundException.form(id)));
    }

    /**
     * The same rule on a form already read (by {@link #form}, in the same request): the form page asks five facades
     * for parts of one form, and each used to read the form again to check it.
     */
    FormSummary check(ScopedPrincipal caller, FormSummary f) {
        if (!caller.scope().coversUnit(f.assigneePath()) && !fills(caller, f)) {
            throw ReportingNotFoundException.form(f.id());
        }
        return f;
    }

    /**
     * A form about to change, as {@link #form} reads it but with its status share-locked until the transaction ends
     * and without its counts (see {@link FormRepository#formForChange}).
     */
    FormSummary formForChange(ScopedPrincipal caller, long id) {
        return check(caller, repository.formForChange(id).orElseThrow(() -> ReportingNotFoundException.form(id)));
    }

    /**
     * A form its unit may change now (a value's evidence, a citation): filled by the caller, a draft or sent back, in
     * an open period; otherwise refused, a locked form as a conflict.
     */
    FormSummary editableByUnit(ScopedPrincipal caller, long formId) {
        FormSummary f = form(caller, formId);
        if (!fills(caller, f)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the form's unit changes it");
        }
        FormStatus status = repository.lockStatus(formId);
        if (status == FormStatus.APPROVED) {
            throw new vn.dtihub.shared.ConflictException("form.locked", "The form is approved: its values are locked");
        }
        if (!status.editableByUnit()) {
            throw new vn.dtihub.shared.ConflictException(
                    "form.notEditableNow", "The form cannot be changed in its current state");
        }
        if (!periodRepository.period(f.periodId()).orElseThrow().open()) {
            throw new vn.dtihub.shared.ConflictException("period.closed", "The period is closed");
        }
        return f;
    }

    /** The seat that fills the form in: its agency, or its unit for a unit's own form. */
    static boolean fills(ScopedPrincipal caller, FormSummary f) {
        if (!caller.writes()) {
            return false;
        }
        if (f.agencyId() != null) {
            return f.agencyId().equals(caller.seatAgencyId());
        }
        return caller.seatAgencyId() == null
                && (f.assigneePath().equals(caller.seatPath()) || succeeds(caller, f.assigneePath()));
    }

    private static boolean succeeds(ScopedPrincipal caller, String oldPath) {
        return carriedOn(caller).contains(oldPath);
    }

    /**
     * The old units the caller's unit carries on (those it was formed from on 1 July 2025): it fills their forms of
     * the years before, the old units having no one of their own any more. Empty for a seat of the old structure.
     */
    static List<String> carriedOn(ScopedPrincipal caller) {
        if (caller.seatPath() == null
                || !caller.seatPath().startsWith(vn.dtihub.units.Structure.CURRENT.code() + "/")) {
            return List.of();
        }
        return caller.scope().unitPaths().stream()
                .filter(p -> p.startsWith(vn.dtihub.units.Structure.PRE2025.code() + "/"))
                .toList();
    }

    static boolean signs(ScopedPrincipal caller, FormSummary f) {
        return fills(caller, f) && caller.signsOff();
    }

    /** Everything the caller may do with the form now, for the page to show (see {@link FormPermissions}). */
    static FormPermissions permissions(ScopedPrincipal caller, FormSummary f, PeriodSummary p, java.time.Instant now) {
        boolean fills = fills(caller, f);
        boolean reviews = reviews(caller, p);
        FormStatus status = f.status();
        return new FormPermissions(
                fills && status.editableByUnit() && p.open(),
                reviews && status.inReview(),
                signs(caller, f) && status.editableByUnit(),
                reviews,
                reviews && status == FormStatus.SUBMITTED,
                reviews && status.inReview(),
                reviews && status == FormStatus.APPROVED,
                fills && status == FormStatus.APPROVED && p.appealsOpen(now));
    }

    /** The standing office over the period's scope appraises, approves, sends back and reopens. */
    static boolean reviews(ScopedPrincipal caller, PeriodSummary p) {
        return manages(caller, p);
    }
}
