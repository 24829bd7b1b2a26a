package vn.dtihub.reporting.domain;

import vn.dtihub.shared.NotFoundException;

/** A period or a form that does not exist, or that the caller may not know about. */
public class ReportingNotFoundException extends NotFoundException {

    private ReportingNotFoundException(String key, Object id) {
        super(key, "Not found: " + id, String.valueOf(id));
    }

    public static ReportingNotFoundException period(Object id) {
        return new ReportingNotFoundException("error.periodNotFound", id);
    }

    public static ReportingNotFoundException appeal(Object id) {
        return new ReportingNotFoundException("error.appealNotFound", id);
    }

    public static ReportingNotFoundException document(Object id) {
        return new ReportingNotFoundException("error.documentNotFound", id);
    }

    public static ReportingNotFoundException form(Object id) {
        return new ReportingNotFoundException("error.formNotFound", id);
    }
}
