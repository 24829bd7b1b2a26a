package vn.dtihub.reporting;

import org.springframework.stereotype.Component;
import vn.dtihub.reporting.domain.ReportingRepository;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * Who sees, fills, signs and reviews what, shared by the period and form sides of the module: a period is read by
 * the offices whose scope covers it and by those who report in it; a form is filled by its agency or unit, signed off
 * by that seat's head, and appraised by the standing office that opened its period (or one above it).
 */
@Component
class ReportingAccess {

    private final ReportingRepository repository;

    ReportingAccess(ReportingRepository repository) {
        this.repository = repository;
    }

    PeriodSummary period(ScopedPrincipal caller, long id) {
        PeriodSummary p = repository.period(id).orElseThrow(() -> ReportingNotFoundException.period(id));
        if (!caller.scope().coversUnit(p.scopePath())
                && !(caller.seatPath() != null && caller.seatPath().startsWith(p.scopePath()))) {
            throw ReportingNotFoundException.period(id);
        }
        return p;
    }

    static boolean manages(ScopedPrincipal caller, PeriodSummary p) {
        return caller.administers() && caller.scope().coversUnit(p.scopePath());
    }

    FormSummary form(ScopedPrincipal caller, long id) {
        FormSummary f = repository.form(id).orElseThrow(() -> ReportingNotFoundException.form(id));
        if (!caller.scope().coversUnit(f.assigneePath()) && !fills(caller, f)) {
            throw ReportingNotFoundException.form(id);
        }
        return f;
    }

    /** The seat that fills the form in: its agency, or its unit for a unit's own form. */
    static boolean fills(ScopedPrincipal caller, FormSummary f) {
        if (!caller.writes()) {
            return false;
        }
        return f.agencyId() != null
                ? f.agencyId().equals(caller.seatAgencyId())
                : caller.seatAgencyId() == null && f.assigneePath().equals(caller.seatPath());
    }

    static boolean signs(ScopedPrincipal caller, FormSummary f) {
        return fills(caller, f) && caller.signsOff();
    }

    /** The standing office over the period's scope appraises, approves, sends back and reopens. */
    static boolean reviews(ScopedPrincipal caller, PeriodSummary p) {
        return manages(caller, p);
    }
}
