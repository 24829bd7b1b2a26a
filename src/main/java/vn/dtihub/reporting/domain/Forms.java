package vn.dtihub.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.dtihub.reporting.Rollup;
import vn.dtihub.reporting.ScoringInput;
import vn.dtihub.reporting.ValueInput;
import vn.dtihub.reporting.domain.ValueRepository.ValueRow;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;

/**
 * Forms: the values a unit or agency enters for its criteria (saved one by one, each with its version, so that two
 * people never overwrite each other), signed off by its head, appraised by the standing office, sent back with a
 * comment per criterion or approved and locked, and reopened only explicitly with a reason. Every change is in the
 * form's history and the audit log.
 */
@Service
public class Forms {

    /** An uploaded form has at most this many rows: a form has a few hundred criteria. */
    static final int MAX_ROWS = 5000;

    private final FormRepository repository;
    private final ValueRepository valueRepository;
    private final PeriodRepository periodRepository;
    private final ReportingAccess access;
    private final FormCriteria criteria;
    private final AuditTrail audit;
    private final vn.dtihub.documents.Workbooks workbooks;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final java.time.Clock clock;
    private final org.springframework.context.MessageSource messages;

    Forms(
            FormRepository repository,
            ValueRepository valueRepository,
            PeriodRepository periodRepository,
            ReportingAccess access,
            FormCriteria criteria,
            AuditTrail audit,
            vn.dtihub.documents.Workbooks workbooks,
            java.time.Clock clock,
            org.springframework.context.MessageSource messages,
            org.springframework.context.ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.repository = repository;
        this.valueRepository = valueRepository;
        this.periodRepository = periodRepository;
        this.access = access;
        this.criteria = criteria;
        this.audit = audit;
        this.workbooks = workbooks;
    }

    /** The form as an xlsx to fill offline: criteria locked, values and versions, instructions. */
    public byte[] workbook(ScopedPrincipal caller, long formId) {
        FormSummary form = access.form(caller, formId);
        audit.record(AuditRecord.of("FORM_EXPORTED", "report_form", formId, form.assigneePath()));
        return workbooks.write(
                FormWorkbook.sheets(form, period(form), lines(caller, form, vn.dtihub.shared.VietnameseText.LOCALE)));
    }

    /**
     * Reads a filled xlsx back: every problem by row and column (unknown codes, values that are not what the
     * criterion asks, formulas, values changed by someone since the download), else the changes it would make.
     * Nothing is saved.
     */
    public FormWorkbook.Preview preview(ScopedPrincipal caller, long formId, java.io.InputStream xlsx) {
        FormSummary form = access.editableByUnit(caller, formId);
        List<vn.dtihub.documents.SheetRow> rows = workbooks.read(xlsx, MAX_ROWS);
        return FormWorkbook.read(rows, lines(caller, form, vn.dtihub.shared.VietnameseText.LOCALE));
    }

    /** Applies the changes of an upload, all or none: any problem, or any value changed meanwhile, saves nothing. */
    @Transactional
    public int apply(ScopedPrincipal caller, long formId, List<FormWorkbook.Change> changes) {
        FormSummary form = access.editableByUnit(caller, formId);
        // The form, its period and its criteria are read once, not once per value: an upload (or the demo's province)
        // enters hundreds of values.
        Change change = change(caller, formId, null);
        Map<Long, String> roles = valueRepository.roles(formId);
        Map<Long, ValueRow> before = valueRepository.values(formId);
        boolean firstFill = false;
        List<FormRepository.NewEvent> history = new ArrayList<>();
        List<AuditRecord> records = new ArrayList<>();
        for (FormWorkbook.Change c : changes) {
            FormCriteria.Asked asked = criteria.asked(change.period(), c.criterionId(), roles);
            Saved saved = saveOne(caller, change, asked, before.get(c.criterionId()), c.version(), c.input());
            firstFill |= saved.firstFill();
            history.add(saved.event());
            records.add(saved.audit());
        }
        repository.events(history);
        audit.recordAll(records);
        if (firstFill) {
            tellIfFilled(caller, form);
        }
        audit.record(AuditRecord.of("FORM_IMPORTED", "report_form", formId, form.assigneePath())
                .withDetail(changes.size() + " values"));
        return changes.size();
    }

    /** The forms the caller's agency (or unit) fills in, newest period first. */
    public List<FormSummary> mine(ScopedPrincipal caller) {
        if (caller.seatAgencyId() == null && caller.seatPath() == null) {
            return List.of();
        }
        if (caller.seatAgencyId() != null) {
            return repository.formsOf(caller.seatAgencyId(), List.of());
        }
        // A unit of today also fills the forms of the years before 2025 of the units it was formed from.
        List<String> paths = new java.util.ArrayList<>(List.of(caller.seatPath()));
        paths.addAll(ReportingAccess.carriedOn(caller));
        return repository.formsOf(null, paths);
    }

    public FormSummary get(ScopedPrincipal caller, long id) {
        return access.form(caller, id);
    }

    /** How many criteria of a form the caller reads carry a reviewer's comment. */
    public int comments(ScopedPrincipal caller, FormSummary form) {
        return valueRepository.comments(access.check(caller, form).id());
    }

    /** A form by id, read on no one's behalf: for work that follows an event, not for a caller. */
    public java.util.Optional<FormSummary> find(long id) {
        return repository.form(id);
    }

    public PeriodSummary period(FormSummary form) {
        return periodRepository.period(form.periodId()).orElseThrow();
    }

    public boolean fills(ScopedPrincipal caller, FormSummary form) {
        return ReportingAccess.fills(caller, form);
    }

    public boolean signs(ScopedPrincipal caller, FormSummary form) {
        return ReportingAccess.signs(caller, form);
    }

    /** What the caller may do with the form now, for its page; the commands check the same rules. */
    public FormPermissions permissions(ScopedPrincipal caller, FormSummary form, PeriodSummary period) {
        return ReportingAccess.permissions(caller, form, period, clock.instant());
    }

    /** The form's criteria in the framework's order, each with its value, points and last period's value. */
    public List<FormLine> lines(ScopedPrincipal caller, FormSummary form, java.util.Locale locale) {
        return lines(caller, form, period(form), locale);
    }

    /** The same, for a form and its period already read. */
    public List<FormLine> lines(
            ScopedPrincipal caller, FormSummary form, PeriodSummary period, java.util.Locale locale) {
        access.check(caller, form);
        Map<Long, String> roles = new HashMap<>();
        repository.items(form.id()).forEach(i -> roles.put(i.criterionId(), i.role()));
        Map<Long, ValueRow> values = valueRepository.values(form.id());
        Map<Long, Entry> previous = valueRepository.previousValues(form, period.frameworkId(), period.coversFrom());
        Map<Long, FormLine.Consolidated> rolled = rolledUp(form, period, roles.keySet(), locale);
        List<FormLine> out = new ArrayList<>();
        for (Criterion c : criteria.of(period.frameworkId())) {
            String role = roles.get(c.id());
            if (role == null) {
                continue;
            }
            ValueRow v = values.get(c.id());
            Entry before = previous.get(c.id());
            out.add(new FormLine(
                    c,
                    role,
                    text(c.explanation(), locale),
                    v == null ? null : v.entry(),
                    v == null ? 0 : v.version(),
                    v == null ? null : v.points(),
                    v == null ? null : v.reviewerPoints(),
                    v == null ? null : v.reviewerComment(),
                    v == null ? null : v.updatedBy(),
                    v == null ? null : v.updatedAt(),
                    before,
                    rolled.get(c.id())));
        }
        return out;
    }

    /**
     * On a unit's own form, for each criterion asked that defines a consolidation: the values the units directly
     * below submitted (a draft is not signed off yet, so it does not count) rolled up. Nothing on an agency's form.
     */
    private Map<Long, FormLine.Consolidated> rolledUp(
            FormSummary form, PeriodSummary period, java.util.Set<Long> asked, java.util.Locale locale) {
        if (form.agencyId() != null) {
            return Map.of();
        }
        List<Criterion> all = criteria.of(period.frameworkId());
        List<Criterion> consolidated = all.stream()
                .filter(c -> c.consolidation() != null && asked.contains(c.id()))
                .toList();
        if (consolidated.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> byCode = new HashMap<>();
        all.forEach(c -> byCode.put(c.code(), c.id()));
        java.util.Set<Long> read = new java.util.HashSet<>();
        for (Criterion c : consolidated) {
            read.add(c.id());
            if (c.consolidation().weightCode() != null
                    && byCode.containsKey(c.consolidation().weightCode())) {
                read.add(byCode.get(c.consolidation().weightCode()));
            }
        }
        List<ValueRepository.Below> below = valueRepository.below(period.id(), form.subjectPath(), read);
        if (below.isEmpty()) {
            return Map.of();
        }
        Map<Long, FormLine.Consolidated> out = new HashMap<>();
        for (Criterion c : consolidated) {
            Long weightId = c.consolidation().weightCode() == null
                    ? null
                    : byCode.get(c.consolidation().weightCode());
            List<Rollup.Part> parts = below.stream()
                    .map(b -> {
                        boolean signed = b.status() != FormStatus.DRAFT && b.status() != FormStatus.RETURNED;
                        Entry weight = weightId == null ? null : b.values().get(weightId);
                        return new Rollup.Part(
                                signed ? b.values().get(c.id()) : null, weight == null ? null : weight.number());
                    })
                    .toList();
            Rollup.Result r = Rollup.of(c.consolidation(), c.valueType(), parts);
            out.put(
                    c.id(),
                    new FormLine.Consolidated(
                            r.value(), text(c.consolidation().explanation(), locale), r.counted(), r.units()));
        }
        return out;
    }

    /**
     * The units a period scores and the values of their approved forms, for the scoring module. No caller: scores are
     * computed for the whole period and narrowed to a scope where they are read.
     */
    public ScoringInput scoringInput(long periodId) {
        PeriodSummary period =
                periodRepository.period(periodId).orElseThrow(() -> ReportingNotFoundException.period(periodId));
        return new ScoringInput(period, valueRepository.scoringSubjects(periodId));
    }

    /** The same for one unit of the period: what a what-if starts from. */
    public ScoringInput scoringInput(long periodId, long unitId) {
        PeriodSummary period =
                periodRepository.period(periodId).orElseThrow(() -> ReportingNotFoundException.period(periodId));
        return new ScoringInput(period, valueRepository.scoringSubjects(periodId, unitId));
    }

    /** A unit's approved values in a period, by criterion: what its scorecard shows beside the points. */
    public Map<Long, Entry> approvedValues(long periodId, long unitId) {
        return valueRepository.approvedValues(periodId, unitId);
    }

    /** One criterion's line on a form, as the form page shows it. */
    public FormLine line(ScopedPrincipal caller, long formId, long criterionId, java.util.Locale locale) {
        return lines(caller, access.form(caller, formId), locale).stream()
                .filter(l -> l.criterion().id() == criterionId)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "criterionId", "form.criterionNotAsked", "The form does not ask for criterion " + criterionId));
    }

    /**
     * Saves one value. The unit saves while its form is a draft or sent back; the standing office corrects a value
     * under review only with a reason. A version that is not the current one is a conflict showing the other value;
     * an approved form is locked.
     */
    @Transactional
    public FormLine save(
            ScopedPrincipal caller, long formId, long criterionId, Integer version, ValueInput input, String reason) {
        return saveRow(caller, formId, criterionId, version, input, reason).line();
    }

    /**
     * A value saved from the form's page: the line, and the form as it now counts when the save changed how many
     * values it has (a first value, or one cleared), for the page to say what comes next; null otherwise.
     */
    public record Row(FormLine line, FormSummary counted) {}

    @Transactional
    public Row saveRow(
            ScopedPrincipal caller, long formId, long criterionId, Integer version, ValueInput input, String reason) {
        Change change = change(caller, formId, reason);
        FormCriteria.Asked asked = criteria.asked(change.form(), change.period(), criterionId);
        ValueRow before = valueRepository.value(formId, criterionId).orElse(null);
        Saved saved = saveOne(caller, change, asked, before, Workflow.required(version), input);
        FormRepository.NewEvent e = saved.event();
        repository.event(e.formId(), e.actor(), e.action(), e.criterionId(), e.before(), e.after(), e.reason());
        audit.record(saved.audit());
        boolean cleared = before != null
                && !before.entry().empty()
                && saved.line().value().empty();
        FormSummary counted = null;
        if (saved.firstFill()) {
            counted = tellIfFilled(caller, change.form());
        } else if (cleared) {
            counted = repository.form(formId).orElseThrow();
        }
        return new Row(saved.line(), counted);
    }

    /** Who changes a form, and how: the unit entering its values, or the reviewer correcting one with a reason. */
    private record Change(FormSummary form, PeriodSummary period, boolean unit, String why) {}

    private Change change(ScopedPrincipal caller, long formId, String reason) {
        FormSummary form = access.formForChange(caller, formId);
        PeriodSummary period = period(form);
        FormStatus status = form.status();
        boolean unit = ReportingAccess.fills(caller, form) && status.editableByUnit();
        boolean reviewer = ReportingAccess.reviews(caller, period) && status.inReview();
        String why = VietnameseText.nfcText(reason);
        if (!unit && !reviewer) {
            if (status == FormStatus.APPROVED) {
                throw new ConflictException("form.locked", "The form is approved: its values are locked");
            }
            if (ReportingAccess.fills(caller, form) || ReportingAccess.reviews(caller, period)) {
                throw new ConflictException("form.notEditableNow", "The form cannot be changed in its current state");
            }
            throw new AccessDeniedException("Only the form's unit enters its values");
        }
        if (unit && !period.open()) {
            throw new ConflictException("period.closed", "The period is closed");
        }
        if (!unit && (why == null || why.isBlank())) {
            throw new InvalidInputException(
                    "reason", "form.reasonRequired", "Give the reason for changing the unit's value");
        }
        return new Change(form, period, unit, why);
    }

    /**
     * A value saved: the line to show, whether it filled an empty criterion, and the history line and audit record
     * to write (one by one for a single value, in one batch for an upload).
     */
    private record Saved(FormLine line, boolean firstFill, FormRepository.NewEvent event, AuditRecord audit) {}

    /** The unit filled its form's last empty value: its approver is told the form waits for a signature. */
    private FormSummary tellIfFilled(ScopedPrincipal caller, FormSummary form) {
        FormSummary now = repository.form(form.id()).orElseThrow();
        if (now.filled() == now.items()) {
            events.publishEvent(
                    new vn.dtihub.reporting.FormFilled(form.id(), form.periodId(), now.version(), caller.username()));
        }
        return now;
    }

    private Saved saveOne(
            ScopedPrincipal caller,
            Change change,
            FormCriteria.Asked asked,
            ValueRow before,
            int version,
            ValueInput input) {
        FormSummary form = change.form();
        long formId = form.id();
        Criterion criterion = asked.criterion();
        long criterionId = criterion.id();
        boolean unit = change.unit();
        String why = change.why();
        Entry entry =
                Entry.read(criterion, input == null ? new ValueInput(null, null, null, null, null, null, null) : input);
        BigDecimal points = criterion.rule() == null || entry.empty()
                ? null
                : criterion
                        .rule()
                        .points(entry.ruleInput(), criterion.maxPoints())
                        .orElse(null);
        var saved = valueRepository.saveValue(formId, criterionId, version, entry, points, caller.username());
        if (saved.isEmpty()) {
            ValueRow current = valueRepository.value(formId, criterionId).orElse(null);
            throw new ConflictException(
                    "error.conflict",
                    "Someone else saved this value meanwhile",
                    "→ " + (current == null ? "" : current.entry().display()) + " ("
                            + (current == null ? "" : current.updatedBy()) + ")");
        }
        String was =
                before == null || before.entry().empty() ? null : before.entry().display();
        FormRepository.NewEvent event = new FormRepository.NewEvent(
                formId,
                caller.username(),
                unit ? "VALUE_SAVED" : "VALUE_CORRECTED",
                criterionId,
                was,
                entry.display(),
                unit ? null : why);
        Map<String, Object> after = new HashMap<>(Map.of("value", entry.display()));
        if (!unit) {
            after.put("reason", why);
        }
        AuditRecord record = AuditRecord.of(
                        unit ? "VALUE_SAVED" : "VALUE_CORRECTED", "report_form", formId, form.assigneePath())
                .change(Map.of("criterion", criterion.code(), "value", was == null ? "" : was), after);
        // The answer is the saved line alone (without last period's value, which a save does not change): a save is
        // the busiest request of a deadline day, and must not read the whole form again.
        FormLine line = new FormLine(
                criterion,
                asked.role(),
                text(criterion.explanation(), vn.dtihub.shared.VietnameseText.LOCALE),
                entry,
                saved.get(),
                points,
                before == null ? null : before.reviewerPoints(),
                before == null ? null : before.reviewerComment(),
                caller.username(),
                java.time.Instant.now(),
                null,
                null);
        return new Saved(line, unit && was == null && !entry.empty(), event, record);
    }

    public List<FormEvent> history(ScopedPrincipal caller, long formId) {
        access.form(caller, formId);
        return repository.events(formId);
    }

    /** A form's latest changes, newest first, and how many there are in all. */
    public record Recent(List<FormEvent> events, int total) {}

    public Recent recentHistory(ScopedPrincipal caller, FormSummary form, int limit) {
        access.check(caller, form);
        return new Recent(repository.events(form.id(), limit), repository.eventCount(form.id()));
    }

    /** Why the form was last sent back, while it is. */
    public String returnNote(ScopedPrincipal caller, FormSummary form) {
        access.check(caller, form);
        return form.status() == FormStatus.RETURNED
                ? repository.lastReason(form.id(), "RETURNED").orElse(null)
                : null;
    }

    private String text(org.springframework.context.MessageSourceResolvable explanation, java.util.Locale locale) {
        return explanation == null ? null : messages.getMessage(explanation, locale);
    }
}
