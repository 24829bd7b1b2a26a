package vn.dtihub.frameworks.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.frameworks.FrameworkStatus;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.frameworks.RankTies;
import vn.dtihub.frameworks.Subject;
import vn.dtihub.shared.Scope;

@Repository
public class FrameworkRepository {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SUMMARY = """
            select f.*, (select count(*) from criterion c where c.framework_id = f.id) as criteria_count
              from framework f""";
    private final JdbcClient jdbc;

    FrameworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FrameworkSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where f.id = :id")
                .param("id", id)
                .query(FrameworkRepository::summary)
                .optional();
    }

    /**
     * Frameworks a user may read: national and sample ones, those issued within their scope, and those issued by
     * a unit above their seat (the index that applies to them).
     */
    public List<FrameworkSummary> visible(Scope scope, String seatPath) {
        if (scope.national()) {
            return jdbc.sql(SUMMARY + " order by f.sample, f.status, f.name, f.id")
                    .query(FrameworkRepository::summary)
                    .list();
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(
                SUMMARY + " where f.issuer_path is null or " + scope.readsSql("f.issuer_path", seatPath, params));
        sql.append(" order by f.sample, f.status, f.name, f.id");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(FrameworkRepository::summary)
                .list();
    }

    public long insert(NewFramework f) {
        long id = jdbc.sql("""
                        insert into framework (name, description, decision_number, decision_date, issuer_unit_id,
                            issuer_path, issuer_name, subjects, year_from, year_to, status, sample, demo, previous_id,
                            version_label, rank_ties)
                        values (:name, :description, :number, :date, :issuerId, :issuerPath, :issuerName,
                            cast(:subjects as text[]), :yearFrom, :yearTo, :status, :sample, :demo, :previous, :label,
                            :ties)
                        returning id""")
                .param("name", f.name())
                .param("description", f.description())
                .param("number", f.decisionNumber())
                .param("date", f.decisionDate() == null ? null : Date.valueOf(f.decisionDate()))
                .param("issuerId", f.issuerUnitId())
                .param("issuerPath", f.issuerPath())
                .param("issuerName", f.issuerName())
                .param(
                        "subjects",
                        "{"
                                + String.join(
                                        ",",
                                        f.subjects().stream().map(Enum::name).toList()) + "}")
                .param("yearFrom", f.yearFrom())
                .param("yearTo", f.yearTo())
                .param("status", f.status().name())
                .param("sample", f.sample())
                .param("demo", f.demo())
                .param("previous", f.previousId())
                .param("label", f.versionLabel())
                .param("ties", f.rankTies().name())
                .query(Long.class)
                .single();
        jdbc.sql("update framework set family_id = coalesce(:family, id) where id = :id")
                .param("family", f.familyId())
                .param("id", id)
                .update();
        return id;
    }

    public boolean updateHeader(long id, int version, NewFramework f) {
        return jdbc.sql("""
                        update framework set name = :name, description = :description, decision_number = :number,
                               decision_date = :date, subjects = cast(:subjects as text[]), year_from = :yearFrom,
                               year_to = :yearTo, version_label = :label, rank_ties = :ties, version = version + 1,
                               updated_at = now()
                         where id = :id and version = :version and status = 'DRAFT'""")
                        .param("name", f.name())
                        .param("description", f.description())
                        .param("number", f.decisionNumber())
                        .param("date", f.decisionDate() == null ? null : Date.valueOf(f.decisionDate()))
                        .param(
                                "subjects",
                                "{"
                                        + String.join(
                                                ",",
                                                f.subjects().stream()
                                                        .map(Enum::name)
                                                        .toList()) + "}")
                        .param("yearFrom", f.yearFrom())
                        .param("yearTo", f.yearTo())
                        .param("label", f.versionLabel())
                        .param("ties", f.rankTies().name())
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void setStatus(long id, FrameworkStatus status) {
        jdbc.sql("update framework set status = :s, version = version + 1, updated_at = now(),"
                        + " published_at = case when :s = 'PUBLISHED' then now() else published_at end where id = :id")
                .param("s", status.name())
                .param("id", id)
                .update();
    }

    /** Marks the framework changed (its version moves), so that concurrent editors of its header notice. */
    public void touch(long id) {
        jdbc.sql("update framework set updated_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    public List<FrameworkView> views(long frameworkId) {
        Map<Long, FrameworkView> views = new LinkedHashMap<>();
        jdbc.sql(
                        "select id, code, name, overall, position from framework_view where framework_id = :f order by position, id")
                .param("f", frameworkId)
                .query((rs, row) -> new FrameworkView(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getBoolean("overall"),
                        rs.getInt("position"),
                        new ArrayList<>()))
                .list()
                .forEach(v -> views.put(v.id(), v));
        jdbc.sql("""
                        select i.view_id, i.criterion_id, c.code, i.weight from view_item i
                          join criterion c on c.id = i.criterion_id
                          join framework_view v on v.id = i.view_id
                         where v.framework_id = :f order by c.position, c.id""")
                .param("f", frameworkId)
                .query((rs, row) -> {
                    views.get(rs.getLong("view_id"))
                            .items()
                            .add(new FrameworkView.Item(
                                    rs.getLong("criterion_id"), rs.getString("code"), rs.getBigDecimal("weight")));
                    return null;
                })
                .list();
        return List.copyOf(views.values());
    }

    public long insertView(long frameworkId, String code, String name, boolean overall, int position) {
        return jdbc.sql("""
                        insert into framework_view (framework_id, code, name, overall, position)
                        values (:f, :code, :name, :overall, :position) returning id""")
                .param("f", frameworkId)
                .param("code", code)
                .param("name", name)
                .param("overall", overall)
                .param("position", position)
                .query(Long.class)
                .single();
    }

    public void replaceViewItems(long viewId, Map<Long, BigDecimal> weights) {
        jdbc.sql("delete from view_item where view_id = :v").param("v", viewId).update();
        weights.forEach((criterion, weight) -> jdbc.sql(
                        "insert into view_item (view_id, criterion_id, weight) values (:v, :c, :w)")
                .param("v", viewId)
                .param("c", criterion)
                .param("w", weight)
                .update());
    }

    public void updateView(long viewId, String name, boolean overall) {
        jdbc.sql("update framework_view set name = :n, overall = :o where id = :id")
                .param("n", name)
                .param("o", overall)
                .param("id", viewId)
                .update();
    }

    public void deleteView(long viewId) {
        jdbc.sql("delete from framework_view where id = :id")
                .param("id", viewId)
                .update();
    }

    public void crosswalk(long fromCriterion, long toCriterion, String note) {
        jdbc.sql(
                        "insert into crosswalk (from_criterion_id, to_criterion_id, note) values (:f, :t, :n) on conflict do nothing")
                .param("f", fromCriterion)
                .param("t", toCriterion)
                .param("n", note)
                .update();
    }

    /** Pairs (old criterion code, new criterion code) from framework {@code from} to framework {@code to}. */
    public List<String[]> crosswalkBetween(long from, long to) {
        return jdbc.sql("""
                        select a.code as from_code, b.code as to_code, x.note from crosswalk x
                          join criterion a on a.id = x.from_criterion_id
                          join criterion b on b.id = x.to_criterion_id
                         where a.framework_id = :from and b.framework_id = :to order by a.position, a.id""")
                .param("from", from)
                .param("to", to)
                .query((rs, row) ->
                        new String[] {rs.getString("from_code"), rs.getString("to_code"), rs.getString("note")})
                .list();
    }

    /** Pairs of criterion ids, an older version's to a newer one's, as the newer version's crosswalk links them. */
    public List<long[]> crosswalkIds(long from, long to) {
        return jdbc.sql("""
                        select x.from_criterion_id, x.to_criterion_id from crosswalk x
                          join criterion a on a.id = x.from_criterion_id
                          join criterion b on b.id = x.to_criterion_id
                         where a.framework_id = :from and b.framework_id = :to""")
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /** The versions made from a framework, and from those, and so on: their ids. */
    public List<Long> laterVersions(long id) {
        return jdbc.sql("""
                        with recursive later as (
                          select id from framework where previous_id = :id
                          union select f.id from framework f join later l on f.previous_id = l.id)
                        select id from later order by id""").param("id", id).query(Long.class).list();
    }

    public boolean sampleExists(String name) {
        return jdbc.sql("select count(*) from framework where sample and name = :n")
                        .param("n", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    static FrameworkSummary summary(ResultSet rs, int row) throws SQLException {
        Array subjects = rs.getArray("subjects");
        List<Subject> subjectList = subjects == null
                ? List.of()
                : Arrays.stream((String[]) subjects.getArray())
                        .map(Subject::valueOf)
                        .toList();
        Date date = rs.getDate("decision_date");
        return new FrameworkSummary(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("decision_number"),
                date == null ? null : date.toLocalDate(),
                rs.getObject("issuer_unit_id", Long.class),
                rs.getString("issuer_path"),
                rs.getString("issuer_name"),
                subjectList,
                rs.getObject("year_from", Integer.class),
                rs.getObject("year_to", Integer.class),
                FrameworkStatus.valueOf(rs.getString("status")),
                rs.getBoolean("sample"),
                rs.getLong("family_id"),
                rs.getObject("previous_id", Long.class),
                rs.getString("version_label"),
                rs.getInt("version"),
                rs.getInt("criteria_count"),
                RankTies.valueOf(rs.getString("rank_ties")));
    }
}
