package vn.dtihub.reporting.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.shared.Scope;

/** The SQL of report forms: creating a period's forms with their items, reading them, their workflow and their events. */
@Repository
public class FormRepository {

    private static final String FORM = """
            select r.*, p.title as period_title,
                   (select count(*) from form_item i where i.form_id = r.id) as items,
                   (select count(*) from reported_value v where v.form_id = r.id
                      and (v.number_value is not null or v.yes_value is not null or v.choice_value is not null
                           or v.text_value is not null or v.date_value is not null)) as filled
            from report_form r join reporting_period p on p.id = r.period_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FormRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
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

    static Array array(java.sql.Connection c, String type, Object[] values) throws SQLException {
        return c.createArrayOf(type, values);
    }

    public Optional<FormSummary> form(long id) {
        return jdbc.sql(FORM + " where r.id = :id")
                .param("id", id)
                .query(FormRepository::form)
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
                        where r.id = :id for share of r""").param("id", id).query(FormRepository::form).optional();
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
                .query(FormRepository::form)
                .list();
    }

    /** Forms not yet submitted in open periods: those the reminders are about. */
    public List<FormSummary> pendingForms() {
        return jdbc.sql(FORM + " where p.status = 'OPEN' and r.status in ('DRAFT', 'RETURNED') order by r.id")
                .query(FormRepository::form)
                .list();
    }

    /** The forms an agency (or units, when the agency is null: at these paths) fills in, newest period first. */
    public List<FormSummary> formsOf(Long agencyId, List<String> unitPaths) {
        if (agencyId != null) {
            return jdbc.sql(FORM + " where r.agency_id = ? order by p.covers_to desc, r.id desc limit 200")
                    .params(List.of(agencyId))
                    .query(FormRepository::form)
                    .list();
        }
        return jdbc.sql(FORM + " where r.agency_id is null and r.assignee_path in (:paths)"
                        + " order by p.covers_to desc, r.id desc limit 200")
                .param("paths", unitPaths)
                .query(FormRepository::form)
                .list();
    }

    public record Item(long criterionId, String role) {}

    public List<Item> items(long formId) {
        return jdbc.sql("select criterion_id, role from form_item where form_id = :f")
                .param("f", formId)
                .query((rs, n) -> new Item(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The form's status, read with a share lock: an approval waits for a save in flight, and a save sees it. */
    public FormStatus lockStatus(long formId) {
        return FormStatus.valueOf(jdbc.sql("select status from report_form where id = :id for share")
                .param("id", formId)
                .query(String.class)
                .single());
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

    /** A line of a form's history to write. */
    public record NewEvent(
            long formId, String actor, String action, Long criterionId, String before, String after, String reason) {}

    /** Writes several lines of history in one round trip (an upload of many values). */
    public void events(List<NewEvent> events) {
        template.batchUpdate("""
                insert into form_event (form_id, actor, action, criterion_id, before_text, after_text, reason)
                values (?, ?, ?, ?, ?, ?, ?)""", events, 500, (ps, e) -> {
            ps.setLong(1, e.formId());
            ps.setString(2, e.actor());
            ps.setString(3, e.action());
            ps.setObject(4, e.criterionId());
            ps.setString(5, e.before());
            ps.setString(6, e.after());
            ps.setString(7, e.reason());
        });
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
}
