package vn.dtihub.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dtihub.reporting.domain.Evidence;
import vn.dtihub.reporting.domain.FormLine;
import vn.dtihub.reporting.domain.Forms;
import vn.dtihub.reporting.domain.PeriodOpening;
import vn.dtihub.reporting.domain.Periods;
import vn.dtihub.reporting.domain.Workflow;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * What other modules read of reporting: the periods a caller reads and the ones around a period, how complete a
 * period's forms are and which are late, and what a score is computed from (the approved values, their evidence).
 * Thin: each call is the module's own use case, under the same access rules as its pages.
 */
@Service
public class Reporting {

    private final Periods periods;
    private final Forms forms;
    private final Evidence evidence;

    private final PeriodOpening opening;
    private final Workflow workflow;

    Reporting(Periods periods, Forms forms, Evidence evidence, PeriodOpening opening, Workflow workflow) {
        this.workflow = workflow;
        this.periods = periods;
        this.forms = forms;
        this.evidence = evidence;
        this.opening = opening;
    }

    /** Opens a period over the caller's unit, with a form for each unit or agency it asks. */
    public PeriodSummary open(ScopedPrincipal caller, PeriodInput in) {
        return opening.open(caller, in);
    }

    /** The criteria a form asks, in the order of the form. */
    public List<vn.dtihub.frameworks.Criterion> criteriaAsked(ScopedPrincipal caller, FormSummary form) {
        return forms.lines(caller, form, vn.dtihub.shared.VietnameseText.LOCALE).stream()
                .map(FormLine::criterion)
                .toList();
    }

    /**
     * Enters a form's first values in one go, as an upload of the form does: all or none, each on version 0 (a value
     * already there is a conflict), criterion id to value, in the order given.
     */
    public void enter(ScopedPrincipal caller, long formId, Map<Long, ValueInput> values) {
        forms.apply(
                caller,
                formId,
                values.entrySet().stream()
                        .map(v -> new vn.dtihub.reporting.domain.FormWorkbook.Change(
                                v.getKey(), null, null, null, 0, v.getValue()))
                        .toList());
    }

    /** The unit's head signs the form off, as its page does (the key makes a retry submit once). */
    public FormSummary submit(ScopedPrincipal caller, long formId, int version, String key) {
        return workflow.submit(caller, formId, version, key);
    }

    /** The standing office takes a submitted form up for appraisal. */
    public FormSummary startReview(ScopedPrincipal caller, long formId, int version) {
        return workflow.startReview(caller, formId, version);
    }

    /** The standing office sends a form back with a note and comments on the criteria to correct. */
    public FormSummary sendBack(
            ScopedPrincipal caller, long formId, int version, String note, Map<Long, String> comments) {
        return workflow.sendBack(caller, formId, version, note, comments);
    }

    /** The standing office approves a form; its values are locked and scored. */
    public FormSummary approve(ScopedPrincipal caller, long formId, int version) {
        return workflow.approve(caller, formId, version);
    }

    /** Adds a document (without a file) to the caller's evidence library. */
    public EvidenceDocument addDocument(ScopedPrincipal caller, DocumentInput in) {
        return evidence.add(caller, in, null, null);
    }

    /** Cites library documents for several criteria of a form at once (criterion id to document id), all or none. */
    public void citeAll(ScopedPrincipal caller, long formId, Map<Long, Long> citations) {
        evidence.citeAll(caller, formId, citations);
    }

    /** Today in Vietnam, the day deadlines are counted in. */
    public LocalDate today() {
        return periods.today();
    }

    /** The periods the caller reads, the latest first. */
    public List<PeriodSummary> list(ScopedPrincipal caller) {
        return periods.list(caller);
    }

    /** A period the caller reads; not found otherwise. */
    public PeriodSummary get(ScopedPrincipal caller, long id) {
        return periods.get(caller, id);
    }

    /** A period by id, for work done on no one's behalf (score runs, reminders). */
    public Optional<PeriodSummary> find(long id) {
        return periods.find(id);
    }

    /** The forms the caller's seat (its agency, or its unit) fills, newest period first. */
    public List<FormSummary> myForms(ScopedPrincipal caller) {
        return forms.mine(caller);
    }

    /** Whether the caller enters the form's values (its seat fills it, and may write). */
    public boolean fills(ScopedPrincipal caller, FormSummary form) {
        return forms.fills(caller, form);
    }

    /** Whether the caller signs the form off: its seat's approver. */
    public boolean signs(ScopedPrincipal caller, FormSummary form) {
        return forms.signs(caller, form);
    }

    /** How many criteria of a form the reviewer commented on (what a returned form asks to correct). */
    public int comments(ScopedPrincipal caller, FormSummary form) {
        return forms.comments(caller, form);
    }

    /** A form by id, for work done on no one's behalf (telling its unit what happened to it). */
    public Optional<FormSummary> findForm(long id) {
        return forms.find(id);
    }

    /** Whether the caller runs the period: its scope's standing office. */
    public boolean manages(ScopedPrincipal caller, PeriodSummary p) {
        return periods.manages(caller, p);
    }

    /** The latest earlier period of the same kind over the same scope. */
    public Optional<PeriodSummary> previous(PeriodSummary p) {
        return periods.previous(p);
    }

    /** The period of the same kind over the same scope a year earlier. */
    public Optional<PeriodSummary> sameLastYear(PeriodSummary p) {
        return periods.sameLastYear(p);
    }

    /** The periods over the same scope in the same year. */
    public List<PeriodSummary> sameYear(PeriodSummary p) {
        return periods.sameYear(p);
    }

    /** A period's forms under a path (and in a state), as the caller may read them. */
    public List<FormSummary> completeness(ScopedPrincipal caller, long periodId, String underPath, FormStatus status) {
        return periods.completeness(caller, periodId, underPath, status);
    }

    /** The forms of open periods still to be submitted, for reminders. */
    public List<FormSummary> pendingForms() {
        return periods.pendingForms();
    }

    /** What a period's scores are computed from. */
    public ScoringInput scoringInput(long periodId) {
        return forms.scoringInput(periodId);
    }

    /** What one unit's score in a period is computed from. */
    public ScoringInput scoringInput(long periodId, long unitId) {
        return forms.scoringInput(periodId, unitId);
    }

    /** A unit's approved values in a period, by criterion. */
    public Map<Long, Entry> approvedValues(long periodId, long unitId) {
        return forms.approvedValues(periodId, unitId);
    }

    /** The evidence behind a unit's approved values in a period, by criterion, as the caller may read it. */
    public Map<Long, ApprovedEvidence> approvedOf(ScopedPrincipal caller, long periodId, long unitId) {
        return evidence.approvedOf(caller, periodId, unitId);
    }
}
