package vn.dtihub.reporting.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.reporting.Entry;
import vn.dtihub.reporting.FormEvent;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.shared.Scope;

@Repository
public class ReportingRepository {

    private static final String PERIOD = """
            select p.*, (select count(*) from report_form r where r.period_id = p.id) as form_count
            from reporting_period p""";

    private static final String FORM = """
            select r.*, p.title as period_title,
                   (select count(*) from form_item i where i.form_id = r.id) as items,
                   (select count(*) from reported_value v where v.form_id = r.id
                      and (v.number_value is not null or v.yes_value is not null or v.choice_value is not null
                           or v.text_value is not null or v.date_value is not null)) as filled
            from report_form r join reporting_period p on p.id = r.period_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReportingRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public record NewPeriod(
            long frameworkId,
            Long scopeUnitId,
            String scopePath,
            PeriodKind kind,
            String title,
            LocalDate coversFrom,
            LocalDate coversTo,
            LocalDate dueCommune,
            LocalDate dueDistrict,
            LocalDate dueProvince,
            String openedBy,
            vn.dtihub.units.Structure structure,
            String frameworkName,
            List<vn.dtihub.frameworks.Criterion> criteria) {}

    /** Opens a period, keeping its framework's name and criterion codes (a published framework does not change). */
    public long insertPeriod(NewPeriod p) {
        long id = jdbc.sql("""
                        insert into reporting_period (framework_id, scope_unit_id, scope_path, kind, title, covers_from,
                            covers_to, due_commune, due_district, due_province, opened_by, structure, framework_name)
                        values (:f, :u, :path, :k, :t, :from, :to, :dc, :dd, :dp, :by, :structure, :name)
                        returning id""")
                .param("f", p.frameworkId())
                .param("u", p.scopeUnitId())
                .param("path", p.scopePath())
                .param("k", p.kind().name())
                .param("t", p.title())
                .param("from", p.coversFrom())
                .param("to", p.coversTo())
                .param("dc", p.dueCommune())
                .param("dd", p.dueDistrict())
                .param("dp", p.dueProvince())
                .param("by", p.openedBy())
                .param("structure", p.structure().name())
                .param("name", p.frameworkName())
                .query(Long.class)
                .single();
        template.update(
                "insert into period_criterion (period_id, criterion_id, code)"
                        + " select ?, * from unnest(?::bigint[], ?::text[])",
                ps -> {
                    ps.setLong(1, id);
                    ps.setArray(
                            2,
                            array(
                                    ps.getConnection(),
                                    "bigint",
                                    p.criteria().stream().map(c -> c.id()).toArray()));
                    ps.setArray(
                            3,
                            array(
                                    ps.getConnection(),
                                    "text",
                                    p.criteria().stream().map(c -> c.code()).toArray()));
                });
        return id;
    }

    public Optional<PeriodSummary> period(long id) {
        return jdbc.sql(PERIOD + " where p.id = :id")
                .param("id", id)
                .query(ReportingRepository::period)
                .optional();
    }

    /** The latest earlier period of the same kind over the same scope: what a period's results compare with. */
    public Optional<PeriodSummary> previous(PeriodSummary p) {
        return jdbc.sql(PERIOD + " " + """
                         where p.kind = :kind and p.scope_path = :scope and p.structure = :structure
                           and p.covers_to < :from and p.id <> :id
                         order by p.covers_to desc limit 1""")
                .param("kind", p.kind().name())
                .param("structure", p.structure().name())
                .param("scope", p.scopePath())
                .param("from", p.coversFrom())
                .param("id", p.id())
                .query(ReportingRepository::period)
                .optional();
    }

    /** The period of the same kind over the same scope a year earlier (the same quarter of last year, last year). */
    public Optional<PeriodSummary> sameLastYear(PeriodSummary p) {
        return jdbc.sql(PERIOD + " " + """
                         where p.kind = :kind and p.scope_path = :scope and p.structure = :structure
                           and p.covers_to = :to and p.id <> :id
                         order by p.id desc limit 1""")
                .param("kind", p.kind().name())
                .param("structure", p.structure().name())
                .param("scope", p.scopePath())
                .param("to", p.coversTo().minusYears(1))
                .param("id", p.id())
                .query(ReportingRepository::period)
                .optional();
    }

    /** Periods of the same kind, framework, structure and end as a period, the national ones first. */
    public List<PeriodSummary> sameYear(PeriodSummary p) {
        return jdbc.sql(PERIOD + " " + """
                         where p.kind = :kind and p.framework_id = :framework and p.structure = :structure
                           and p.covers_to = :to
                         order by p.scope_unit_id is not null, p.id desc""")
                .param("kind", p.kind().name())
                .param("framework", p.frameworkId())
                .param("structure", p.structure().name())
                .param("to", p.coversTo())
                .query(ReportingRepository::period)
                .list();
    }

    /** Periods over a unit the scope covers, or over a unit above the caller's seat (it reports in them). */
    public List<PeriodSummary> periodsVisible(Scope scope, String seatPath) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(PERIOD + " where (" + scope.readsSql("p.scope_path", seatPath, params));
        // A period over a unit above one the caller's unit was formed from: it reports in it for that unit.
        for (String root : scope.unitPaths()) {
            sql.append(" or ? like p.scope_path || '%'");
            params.add(root);
        }
        sql.append(") order by p.covers_to desc, p.id desc limit 500");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(ReportingRepository::period)
                .list();
    }

    public boolean closePeriod(long id, int version) {
        return jdbc.sql("update reporting_period set status = 'CLOSED', closed_at = now(), version = version + 1"
                                + " where id = :id and version = :v and status = 'OPEN'")
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    /** A form to create: who fills it (an agency, or the unit itself), for which unit, at which level and by when. */
    public record NewForm(
            long subjectUnitId,
            String subjectPath,
            Long agencyId,
            String assigneePath,
            String assigneeName,
            String level,
            LocalDate dueOn,
            List<Long> criteria,
            List<String> roles) {}

    /**
     * Creates a period's forms and their items in two statements, whatever their number: a nationwide period has
     * thousands of forms and hundreds of thousands of items.
     */
    public int insertForms(long periodId, List<NewForm> forms) {
        if (forms.isEmpty()) {
            return 0;
        }
        List<Long> ids = template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement("""
                    insert into report_form (period_id, subject_unit_id, subject_path, agency_id, assignee_path,
                        assignee_name, level, due_on)
                    select ?, s, sp, a, ap, an, l, d from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[],
                        ?::text[], ?::text[], ?::date[]) as t(s, sp, a, ap, an, l, d)
                    returning id, subject_path, agency_id, assignee_path""")) {
                ps.setLong(1, periodId);
                ps.setArray(
                        2,
                        array(
                                c,
                                "bigint",
                                forms.stream().map(NewForm::subjectUnitId).toArray()));
                ps.setArray(
                        3,
                        array(
                                c,
                                "text",
                                forms.stream().map(NewForm::subjectPath).toArray()));
                ps.setArray(
                        4,
                        array(c, "bigint", forms.stream().map(NewForm::agencyId).toArray()));
                ps.setArray(
                        5,
                        array(
                                c,
                                "text",
                                forms.stream().map(NewForm::assigneePath).toArray()));
                ps.setArray(
                        6,
                        array(
                                c,
                                "text",
                                forms.stream().map(NewForm::assigneeName).toArray()));
                ps.setArray(
                        7, array(c, "text", forms.stream().map(NewForm::level).toArray()));
                ps.setArray(
                        8,
                        array(
                                c,
                                "date",
                                forms.stream()
                                        .map(f -> java.sql.Date.valueOf(f.dueOn()))
                                        .toArray()));
                // Matched back by who and for whom, not by the order rows come back in.
                Map<String, Long> byKey = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byKey.put(key(rs.getString(2), rs.getObject(3, Long.class), rs.getString(4)), rs.getLong(1));
                    }
                }
                return forms.stream()
                        .map(f -> byKey.get(key(f.subjectPath(), f.agencyId(), f.assigneePath())))
                        .toList();
            }
        });
        List<Long> formIds = new ArrayList<>();
        List<Long> criteria = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            NewForm f = forms.get(i);
            for (int j = 0; j < f.criteria().size(); j++) {
                formIds.add(ids.get(i));
                criteria.add(f.criteria().get(j));
                roles.add(f.roles().get(j));
            }
        }
        template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement("insert into form_item (form_id, criterion_id, role)"
                    + " select * from unnest(?::bigint[], ?::bigint[], ?::text[])")) {
                ps.setArray(1, array(c, "bigint", formIds.toArray()));
                ps.setArray(2, array(c, "bigint", criteria.toArray()));
                ps.setArray(3, array(c, "text", roles.toArray()));
                return ps.executeUpdate();
            }
        });
        return ids.size();
    }

    private static String key(String subject, Long agency, String assignee) {
        return subject + "|" + agency + "|" + assignee;
    }

    private static Array array(java.sql.Connection c, String type, Object[] values) throws SQLException {
        return c.createArrayOf(type, values);
    }

    public Optional<FormSummary> form(long id) {
        return jdbc.sql(FORM + " where r.id = :id")
                .param("id", id)
                .query(ReportingRepository::form)
                .optional();
    }

    /**
     * A form about to change, its row share-locked for the transaction (an approval waits for a save in flight, and a
     * save sees a status changed before it), without the counts of items and values (reported as 0): a save, the
     * busiest request of a deadline day, needs neither.
     */
    public Optional<FormSummary> formForChange(long id) {
        return jdbc.sql("""
                        select r.*, p.title as period_title, 0 as items, 0 as filled
                        from report_form r join reporting_period p on p.id = r.period_id
                        where r.id = :id for share of r""").param("id", id).query(ReportingRepository::form).optional();
    }

    /** A period's forms, those of the units under a path when one is given, by status when one is given. */
    public List<FormSummary> forms(long periodId, String underPath, FormStatus status) {
        return forms(periodId, underPath, status, null, null, null);
    }

    /**
     * A period's forms that a scope covers or a seat fills, narrowed in the query itself: a province's office reading
     * a nationwide period reads its own forms, not the country's.
     */
    public List<FormSummary> forms(
            long periodId, String underPath, FormStatus status, Scope scope, Long seatAgency, String seatPath) {
        StringBuilder sql = new StringBuilder(FORM + " where r.period_id = ?");
        List<Object> params = new ArrayList<>(List.of(periodId));
        if (scope != null && !scope.national()) {
            sql.append(" and (").append(scope.coversSql("r.assignee_path", params));
            if (seatAgency != null) {
                sql.append(" or r.agency_id = ?");
                params.add(seatAgency);
            } else if (seatPath != null) {
                sql.append(" or (r.agency_id is null and r.assignee_path = ?)");
                params.add(seatPath);
            }
            sql.append(")");
        }
        if (underPath != null) {
            sql.append(" and r.assignee_path like ?");
            params.add(underPath + "%");
        }
        if (status != null) {
            sql.append(" and r.status = ?");
            params.add(status.name());
        }
        sql.append(" order by r.assignee_path, r.agency_id nulls first, r.id");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(ReportingRepository::form)
                .list();
    }

    /** Forms not yet submitted in open periods: those the reminders are about. */
    public List<FormSummary> pendingForms() {
        return jdbc.sql(FORM + " where p.status = 'OPEN' and r.status in ('DRAFT', 'RETURNED') order by r.id")
                .query(ReportingRepository::form)
                .list();
    }

    /** The forms an agency (or units, when the agency is null: at these paths) fills in, newest period first. */
    public List<FormSummary> formsOf(Long agencyId, List<String> unitPaths) {
        if (agencyId != null) {
            return jdbc.sql(FORM + " where r.agency_id = ? order by p.covers_to desc, r.id desc limit 200")
                    .params(List.of(agencyId))
                    .query(ReportingRepository::form)
                    .list();
        }
        return jdbc.sql(FORM + " where r.agency_id is null and r.assignee_path in (:paths)"
                        + " order by p.covers_to desc, r.id desc limit 200")
                .param("paths", unitPaths)
                .query(ReportingRepository::form)
                .list();
    }

    public record Item(long criterionId, String role) {}

    public List<Item> items(long formId) {
        return jdbc.sql("select criterion_id, role from form_item where form_id = :f")
                .param("f", formId)
                .query((rs, n) -> new Item(rs.getLong(1), rs.getString(2)))
                .list();
    }

    public record ValueRow(
            long criterionId,
            Entry entry,
            BigDecimal points,
            BigDecimal reviewerPoints,
            String reviewerComment,
            String updatedBy,
            Instant updatedAt,
            int version) {}

    /** A criterion's role on a form, when the form asks for it. */
    public Optional<String> role(long formId, long criterionId) {
        return jdbc.sql("select role from form_item where form_id = :f and criterion_id = :c")
                .param("f", formId)
                .param("c", criterionId)
                .query(String.class)
                .optional();
    }

    /** One value of a form, when it was entered. */
    public Optional<ValueRow> value(long formId, long criterionId) {
        return jdbc.sql("select * from reported_value where form_id = :f and criterion_id = :c")
                .param("f", formId)
                .param("c", criterionId)
                .query((rs, n) -> value(rs))
                .optional();
    }

    public Map<Long, ValueRow> values(long formId) {
        Map<Long, ValueRow> out = new HashMap<>();
        jdbc.sql("select * from reported_value where form_id = :f")
                .param("f", formId)
                .query(rs -> {
                    ValueRow v = value(rs);
                    out.put(v.criterionId(), v);
                });
        return out;
    }

    /**
     * The latest earlier value of each criterion for the same reporter and subject in an earlier period of the same
     * framework: what the form shows for comparison.
     */
    public Map<Long, Entry> previous(FormSummary form, long frameworkId, LocalDate before) {
        Map<Long, Entry> out = new HashMap<>();
        jdbc.sql("""
                        select distinct on (v.criterion_id) v.* from reported_value v
                        join report_form r on r.id = v.form_id join reporting_period p on p.id = r.period_id
                        where r.subject_path = :s and r.assignee_path = :a and coalesce(r.agency_id, 0) = :g
                          and p.framework_id = :f and p.covers_to < :before
                        order by v.criterion_id, p.covers_to desc""")
                .param("s", form.subjectPath())
                .param("a", form.assigneePath())
                .param("g", form.agencyId() == null ? 0L : form.agencyId())
                .param("f", frameworkId)
                .param("before", before)
                .query(rs -> {
                    ValueRow v = value(rs);
                    out.put(v.criterionId(), v.entry());
                });
        return out;
    }

    /**
     * The units a period scores (those with a form of their own) with the values of their approved forms, their
     * agencies' included, in one pass.
     */
    public List<vn.dtihub.reporting.ScoringInput.Subject> scoringSubjects(long periodId) {
        return scoringSubjects(periodId, null);
    }

    /** The same, for one unit only when {@code unitId} is given. */
    public List<vn.dtihub.reporting.ScoringInput.Subject> scoringSubjects(long periodId, Long unitId) {
        Map<Long, vn.dtihub.reporting.ScoringInput.Subject> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select subject_unit_id, subject_path, assignee_name, level from report_form
                        where period_id = :p and agency_id is null and (cast(:u as bigint) is null or subject_unit_id = :u)
                        order by subject_path""").param("p", periodId).param("u", unitId).query(rs -> {
            out.put(
                    rs.getLong("subject_unit_id"),
                    new vn.dtihub.reporting.ScoringInput.Subject(
                            rs.getLong("subject_unit_id"),
                            rs.getString("subject_path"),
                            rs.getString("assignee_name"),
                            rs.getString("level"),
                            new HashMap<>()));
        });
        jdbc.sql("""
                        select r.subject_unit_id, v.criterion_id, v.number_value, v.denominator, v.yes_value,
                               v.choice_value, v.reviewer_points
                        from report_form r join reported_value v on v.form_id = r.id
                        where r.period_id = :p and r.status = 'APPROVED'
                          and (cast(:u as bigint) is null or r.subject_unit_id = :u)""").param("p", periodId).param("u", unitId).query(rs -> {
            var subject = out.get(rs.getLong("subject_unit_id"));
            if (subject == null) {
                return;
            }
            Boolean yes = rs.getObject("yes_value") == null ? null : rs.getBoolean("yes_value");
            subject.values()
                    .put(
                            rs.getLong("criterion_id"),
                            new vn.dtihub.reporting.ScoringInput.Value(
                                    new vn.dtihub.frameworks.ScoringRule.RuleInput(
                                            rs.getBigDecimal("number_value"),
                                            rs.getBigDecimal("denominator"),
                                            yes,
                                            rs.getString("choice_value")),
                                    rs.getBigDecimal("reviewer_points")));
        });
        return List.copyOf(out.values());
    }

    /** The approved values of one unit in a period (its own forms' and its agencies'), as they read: "45/50", "Có". */
    public Map<Long, vn.dtihub.reporting.Entry> approvedValues(long periodId, long unitId) {
        Map<Long, vn.dtihub.reporting.Entry> out = new HashMap<>();
        jdbc.sql("""
                        select v.* from report_form r join reported_value v on v.form_id = r.id
                        where r.period_id = :p and r.subject_unit_id = :u and r.status = 'APPROVED'""").param("p", periodId).param("u", unitId).query(rs -> {
            ValueRow v = value(rs);
            out.put(v.criterionId(), v.entry());
        });
        return out;
    }

    /** The approved forms of a unit in a period (its own, and any an agency filled for it). */
    public List<Long> approvedForms(long periodId, long unitId) {
        return jdbc.sql(
                        "select id from report_form where period_id = :p and subject_unit_id = :u and status = 'APPROVED'"
                                + " order by id")
                .param("p", periodId)
                .param("u", unitId)
                .query(Long.class)
                .list();
    }

    /** A unit's form one level below, with its values of the criteria asked for (none when it entered none). */
    public record Below(String subjectPath, FormStatus status, Map<Long, Entry> values) {}

    /**
     * The forms of the units directly below a unit, in the same period (their own forms, not their agencies'), with
     * their values of some criteria: what a consolidation rolls up.
     */
    public List<Below> below(long periodId, String subjectPath, java.util.Collection<Long> criteria) {
        Map<Long, Below> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select r.id as form_id, r.subject_path, r.status, v.*
                        from report_form r
                        left join reported_value v on v.form_id = r.id and v.criterion_id in (:criteria)
                        where r.period_id = :p and r.agency_id is null and r.subject_path like :prefix
                          and length(r.subject_path) - length(replace(r.subject_path, '/', ''))
                              = length(:path) - length(replace(:path, '/', '')) + 1
                        order by r.id""")
                .param("criteria", criteria)
                .param("p", periodId)
                .param("prefix", subjectPath + "%") // paths are codes and slashes: nothing to escape
                .param("path", subjectPath)
                .query(rs -> {
                    Below b = out.computeIfAbsent(rs.getLong("form_id"), k -> {
                        try {
                            return new Below(
                                    rs.getString("subject_path"),
                                    FormStatus.valueOf(rs.getString("status")),
                                    new HashMap<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (rs.getObject("criterion_id") != null) {
                        ValueRow v = value(rs);
                        b.values().put(v.criterionId(), v.entry());
                    }
                });
        return List.copyOf(out.values());
    }

    /** The form's status, read with a share lock: an approval waits for a save in flight, and a save sees it. */
    public FormStatus lockStatus(long formId) {
        return FormStatus.valueOf(jdbc.sql("select status from report_form where id = :id for share")
                .param("id", formId)
                .query(String.class)
                .single());
    }

    /**
     * Saves a value if nobody changed it since {@code version} (0: it did not exist yet); returns the new version, or
     * empty when somebody else saved first.
     */
    public Optional<Integer> saveValue(
            long formId, long criterionId, int version, Entry e, BigDecimal points, String by) {
        if (version == 0) {
            return jdbc.sql("""
                            insert into reported_value (form_id, criterion_id, number_value, denominator, yes_value,
                                choice_value, text_value, date_value, explanation, points, updated_by)
                            values (:f, :c, :n, :d, :y, :ch, :t, :dt, :ex, :p, :by)
                            on conflict (form_id, criterion_id) do nothing returning version""")
                    .param("f", formId)
                    .param("c", criterionId)
                    .params(entry(e, points, by))
                    .query(Integer.class)
                    .optional();
        }
        return jdbc.sql("""
                        update reported_value set number_value = :n, denominator = :d, yes_value = :y,
                            choice_value = :ch, text_value = :t, date_value = :dt, explanation = :ex, points = :p,
                            updated_by = :by, updated_at = clock_timestamp(), version = version + 1
                        where form_id = :f and criterion_id = :c and version = :v returning version""")
                .param("f", formId)
                .param("c", criterionId)
                .param("v", version)
                .params(entry(e, points, by))
                .query(Integer.class)
                .optional();
    }

    private static Map<String, Object> entry(Entry e, BigDecimal points, String by) {
        Map<String, Object> m = new HashMap<>();
        m.put("n", e.number());
        m.put("d", e.denominator());
        m.put("y", e.yes());
        m.put("ch", e.choice());
        m.put("t", e.text());
        m.put("dt", e.date());
        m.put("ex", e.explanation());
        m.put("p", points);
        m.put("by", by);
        return m;
    }

    /** The reviewer's comment on one criterion (when sending a form back) or points (reviewer-scored criteria). */
    public void review(long formId, long criterionId, String comment, BigDecimal reviewerPoints) {
        jdbc.sql("""
                        insert into reported_value (form_id, criterion_id, reviewer_comment, reviewer_points, version)
                        values (:f, :c, :m, :p, 1)
                        on conflict (form_id, criterion_id) do update set
                            reviewer_comment = coalesce(:m, reported_value.reviewer_comment),
                            reviewer_points = coalesce(:p, reported_value.reviewer_points),
                            version = reported_value.version + 1""")
                .param("f", formId)
                .param("c", criterionId)
                .param("m", comment)
                .param("p", reviewerPoints)
                .update();
    }

    /** Moves a form from one of the given statuses to another, if its version is the one read; false otherwise. */
    public boolean transition(long formId, int version, List<FormStatus> from, FormStatus to, String by, String note) {
        String stamp = switch (to) {
            case SUBMITTED -> ", submitted_at = clock_timestamp(), submitted_by = :by";
            case APPROVED -> ", approved_at = clock_timestamp(), approved_by = :by";
            case RETURNED -> ", review_note = :note";
            default -> "";
        };
        return jdbc.sql("update report_form set status = :to, version = version + 1" + stamp
                                + " where id = :id and version = :v and status in (:from)")
                        .param("to", to.name())
                        .param("id", formId)
                        .param("v", version)
                        .param("from", from.stream().map(Enum::name).toList())
                        .param("by", by)
                        .param("note", note)
                        .update()
                == 1;
    }

    /** Records a submit's idempotency key; false when that key already submitted this form. */
    public boolean firstSubmission(long formId, String key) {
        return jdbc.sql("insert into form_submission (form_id, key) values (:f, :k) on conflict do nothing")
                        .param("f", formId)
                        .param("k", key)
                        .update()
                == 1;
    }

    public boolean extend(long formId, int version, LocalDate to, String reason) {
        return jdbc.sql("update report_form set extended_to = :d, extension_reason = :r, version = version + 1"
                                + " where id = :id and version = :v")
                        .param("d", to)
                        .param("r", reason)
                        .param("id", formId)
                        .param("v", version)
                        .update()
                == 1;
    }

    public void event(
            long formId, String actor, String action, Long criterionId, String before, String after, String reason) {
        jdbc.sql("""
                        insert into form_event (form_id, actor, action, criterion_id, before_text, after_text, reason)
                        values (:f, :a, :ac, :c, :b, :af, :r)""")
                .param("f", formId)
                .param("a", actor)
                .param("ac", action)
                .param("c", criterionId)
                .param("b", before)
                .param("af", after)
                .param("r", reason)
                .update();
    }

    public List<FormEvent> events(long formId) {
        return events(formId, Integer.MAX_VALUE);
    }

    public int eventCount(long formId) {
        return jdbc.sql("select count(*) from form_event where form_id = :f")
                .param("f", formId)
                .query(Integer.class)
                .single();
    }

    /** The reason of a form's latest event of a kind (the note it was sent back with). */
    public Optional<String> lastReason(long formId, String action) {
        return jdbc.sql("""
                        select reason from form_event where form_id = :f and action = :a
                        order by id desc limit 1""")
                .param("f", formId)
                .param("a", action)
                .query(String.class)
                .optional();
    }

    /** The latest events of a form, newest first. */
    public List<FormEvent> events(long formId, int limit) {
        return jdbc.sql("""
                        select e.*, c.code from form_event e
                          join report_form r on r.id = e.form_id
                          left join period_criterion c on c.period_id = r.period_id and c.criterion_id = e.criterion_id
                        where e.form_id = :f order by e.id desc limit :limit""")
                .param("f", formId)
                .param("limit", limit)
                .query((rs, n) -> new FormEvent(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("code"),
                        rs.getString("before_text"),
                        rs.getString("after_text"),
                        rs.getString("reason")))
                .list();
    }

    private static PeriodSummary period(ResultSet rs, int n) throws SQLException {
        return new PeriodSummary(
                rs.getLong("id"),
                rs.getLong("framework_id"),
                rs.getString("framework_name"),
                rs.getObject("scope_unit_id", Long.class),
                rs.getString("scope_path"),
                PeriodKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getObject("covers_from", LocalDate.class),
                rs.getObject("covers_to", LocalDate.class),
                rs.getObject("due_commune", LocalDate.class),
                rs.getObject("due_district", LocalDate.class),
                rs.getObject("due_province", LocalDate.class),
                "OPEN".equals(rs.getString("status")),
                rs.getInt("form_count"),
                rs.getInt("version"),
                instant(rs, "published_at"),
                instant(rs, "appeal_until"),
                vn.dtihub.units.Structure.valueOf(rs.getString("structure")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Publishes a period's appraised results once, opening the appeal window for so many days. */
    public boolean publish(long id, int version, int appealDays) {
        return jdbc.sql("""
                                update reporting_period set published_at = now(),
                                    appeal_until = now() + make_interval(days => :d), version = version + 1
                                where id = :id and version = :v and published_at is null""")
                        .param("id", id)
                        .param("v", version)
                        .param("d", appealDays)
                        .update()
                == 1;
    }

    private static FormSummary form(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new FormSummary(
                rs.getLong("id"),
                rs.getLong("period_id"),
                rs.getString("period_title"),
                rs.getLong("subject_unit_id"),
                rs.getString("subject_path"),
                rs.getObject("agency_id", Long.class),
                rs.getString("assignee_path"),
                rs.getString("assignee_name"),
                rs.getString("level"),
                FormStatus.valueOf(rs.getString("status")),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("extended_to", LocalDate.class),
                rs.getString("extension_reason"),
                submitted == null ? null : submitted.toInstant(),
                rs.getString("submitted_by"),
                rs.getInt("items"),
                rs.getInt("filled"),
                rs.getInt("version"));
    }

    private static ValueRow value(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("updated_at");
        return new ValueRow(
                rs.getLong("criterion_id"),
                new Entry(
                        rs.getBigDecimal("number_value"),
                        rs.getBigDecimal("denominator"),
                        rs.getObject("yes_value", Boolean.class),
                        rs.getString("choice_value"),
                        rs.getString("text_value"),
                        rs.getObject("date_value", LocalDate.class),
                        rs.getString("explanation")),
                rs.getBigDecimal("points"),
                rs.getBigDecimal("reviewer_points"),
                rs.getString("reviewer_comment"),
                rs.getString("updated_by"),
                at == null ? null : at.toInstant(),
                rs.getInt("version"));
    }
}
