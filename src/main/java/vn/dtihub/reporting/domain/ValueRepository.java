package vn.dtihub.reporting.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.reporting.Entry;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;

/** The SQL of reported values: saving and reviewing them, and reading them for a form, a consolidation and a score run. */
@Repository
public class ValueRepository {

    private final JdbcClient jdbc;

    ValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** The role of each criterion a form asks (criterion id to role). */
    public Map<Long, String> roles(long formId) {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("select criterion_id, role from form_item where form_id = :f")
                .param("f", formId)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
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
    public Map<Long, Entry> previousValues(FormSummary form, long frameworkId, LocalDate before) {
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

    /** The number of a form's criteria with a reviewer's comment. */
    public int comments(long formId) {
        return jdbc.sql("select count(*) from reported_value where form_id = :f and reviewer_comment is not null")
                .param("f", formId)
                .query(Integer.class)
                .single();
    }
}
