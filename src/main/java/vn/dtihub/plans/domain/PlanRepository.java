package vn.dtihub.plans.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.plans.PlanKind;
import vn.dtihub.plans.PlanSection;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.SectionKind;
import vn.dtihub.shared.Scope;

@Repository
public class PlanRepository {

    private static final String SUMMARY = """
            select p.*, (select count(*) from plan_task t where t.plan_id = p.id) as task_count from plan p""";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlanSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where p.id = :id")
                .param("id", id)
                .query(PlanRepository::summary)
                .optional();
    }

    /** Plans issued within a scope or by a unit above the seat, filtered; newest first. */
    public List<PlanSummary> visible(
            Scope scope, String seatPath, Integer year, PlanKind kind, PlanStatus status, String unitPath) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SUMMARY + " where " + scope.readsSql("p.issuer_path", seatPath, params));
        if (year != null) {
            sql.append(" and ? between p.year_from and p.year_to");
            params.add(year);
        }
        if (kind != null) {
            sql.append(" and p.kind = ?");
            params.add(kind.name());
        }
        if (status != null) {
            sql.append(" and p.status = ?");
            params.add(status.name());
        }
        if (unitPath != null) {
            sql.append(" and p.issuer_path like ?");
            params.add(unitPath + "%");
        }
        sql.append(" order by p.year_from desc, p.issued_on desc nulls last, p.id desc limit 500");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(PlanRepository::summary)
                .list();
    }

    public long insert(PlanRow p) {
        return jdbc.sql("""
                        insert into plan (number, title, kind, issuer_unit_id, issuer_path, issuer_name, signer, issued_on,
                            year_from, year_to, status, demo)
                        values (:number, :title, :kind, :unit, :path, :issuer, :signer, :issued, :from, :to, 'DRAFT', :demo)
                        returning id""")
                .param("number", p.number())
                .param("title", p.title())
                .param("kind", p.kind().name())
                .param("unit", p.issuerUnitId())
                .param("path", p.issuerPath())
                .param("issuer", p.issuerName())
                .param("signer", p.signer())
                .param("issued", p.issuedOn() == null ? null : Date.valueOf(p.issuedOn()))
                .param("from", p.yearFrom())
                .param("to", p.yearTo())
                .param("demo", p.demo())
                .query(Long.class)
                .single();
    }

    public boolean updateHeader(long id, int version, PlanRow p) {
        return jdbc.sql("""
                        update plan set number = :number, title = :title, kind = :kind, signer = :signer,
                               issued_on = :issued, year_from = :from, year_to = :to, version = version + 1,
                               updated_at = now()
                         where id = :id and version = :version and status = 'DRAFT'""")
                        .param("number", p.number())
                        .param("title", p.title())
                        .param("kind", p.kind().name())
                        .param("signer", p.signer())
                        .param("issued", p.issuedOn() == null ? null : Date.valueOf(p.issuedOn()))
                        .param("from", p.yearFrom())
                        .param("to", p.yearTo())
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void issue(long id) {
        jdbc.sql("update plan set status = 'ISSUED', issued_at = now(), issued_on = coalesce(issued_on, current_date),"
                        + " version = version + 1, updated_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    /** Marks an issued plan as replaced by another (or by none named). */
    public void supersede(long id, Long by) {
        jdbc.sql("update plan set status = 'SUPERSEDED', superseded_by = :by, superseded_at = now(),"
                        + " version = version + 1, updated_at = now() where id = :id")
                .param("id", id)
                .param("by", by)
                .update();
    }

    public void addParent(long planId, long parentId) {
        jdbc.sql("insert into plan_parent (plan_id, parent_id) values (:p, :q) on conflict do nothing")
                .param("p", planId)
                .param("q", parentId)
                .update();
    }

    public List<Long> parents(long planId) {
        return jdbc.sql("select parent_id from plan_parent where plan_id = :p order by parent_id")
                .param("p", planId)
                .query(Long.class)
                .list();
    }

    public List<Long> children(long planId) {
        return jdbc.sql("select plan_id from plan_parent where parent_id = :p order by plan_id")
                .param("p", planId)
                .query(Long.class)
                .list();
    }

    public List<PlanSection> sections(long planId) {
        java.util.Map<Long, List<PlanSection.Revision>> revisions = new java.util.HashMap<>();
        jdbc.sql("""
                        select r.* from plan_section_revision r join plan_section s on s.id = r.section_id
                        where s.plan_id = :p order by r.id""").param("p", planId).query(rs -> {
            revisions
                    .computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>())
                    .add(new PlanSection.Revision(
                            rs.getString("title"),
                            rs.getString("body"),
                            rs.getObject("replaced_at", java.time.OffsetDateTime.class),
                            rs.getString("replaced_by")));
        });
        return jdbc.sql("select * from plan_section where plan_id = :p order by position, id")
                .param("p", planId)
                .query((rs, n) -> new PlanSection(
                        rs.getLong("id"),
                        SectionKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getInt("position"),
                        rs.getInt("version"),
                        List.copyOf(revisions.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    /** Changes a section if nobody changed it since {@code version}; false when somebody did. */
    public boolean updateSection(long id, int version, SectionKind kind, String title, String body) {
        return jdbc.sql("""
                                update plan_section set kind = :k, title = :t, body = :b, version = version + 1
                                where id = :id and version = :v""")
                        .param("k", kind.name())
                        .param("t", title)
                        .param("b", body)
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    /** Keeps a section's wording that an amendment is about to replace. */
    public void insertRevision(long sectionId, String title, String body, String by) {
        jdbc.sql("insert into plan_section_revision (section_id, title, body, replaced_by) values (:s, :t, :b, :by)")
                .param("s", sectionId)
                .param("t", title)
                .param("b", body)
                .param("by", by)
                .update();
    }

    public void deleteSection(long id) {
        jdbc.sql("delete from plan_section where id = :id").param("id", id).update();
    }

    public long insertSection(long planId, SectionKind kind, String title, String body) {
        return jdbc.sql("""
                        insert into plan_section (plan_id, kind, title, body, position)
                        values (:p, :k, :t, :b, (select coalesce(max(position), -1) + 1 from plan_section where plan_id = :p))
                        returning id""")
                .param("p", planId)
                .param("k", kind.name())
                .param("t", title)
                .param("b", body)
                .query(Long.class)
                .single();
    }

    /** A plan as stored (header fields). */
    public record PlanRow(
            String number,
            String title,
            PlanKind kind,
            long issuerUnitId,
            String issuerPath,
            String issuerName,
            String signer,
            LocalDate issuedOn,
            int yearFrom,
            int yearTo,
            boolean demo) {

        /**
         * A plan's header as typed (NFC, required title, years 2000–2100 in order) for the unit that issues it;
         * refused naming the field.
         */
        public static PlanRow from(vn.dtihub.plans.PlanHeader h, vn.dtihub.units.UnitView issuer, boolean demo) {
            String title = PlanFields.required(h == null ? null : h.title(), "title", 1000);
            int from = h.yearFrom() == null
                    ? LocalDate.now(vn.dtihub.shared.VietnamTime.ZONE).getYear()
                    : h.yearFrom();
            int to = h.yearTo() == null ? from : h.yearTo();
            if (from < 2000 || from > 2100 || to < from || to > 2100) {
                throw new vn.dtihub.shared.InvalidInputException(
                        "yearTo", "framework.yearsReversed", "Years are 2000–2100, the last not before the first");
            }
            return new PlanRow(
                    PlanFields.optional(h.number()),
                    title,
                    h.kind() == null ? PlanKind.YEARLY : h.kind(),
                    issuer.id(),
                    issuer.path(),
                    issuer.fullName(),
                    PlanFields.optional(h.signer()),
                    h.issuedOn(),
                    from,
                    to,
                    demo);
        }
    }

    static PlanSummary summary(ResultSet rs, int n) throws SQLException {
        Date issued = rs.getDate("issued_on");
        return new PlanSummary(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getString("title"),
                PlanKind.valueOf(rs.getString("kind")),
                rs.getLong("issuer_unit_id"),
                rs.getString("issuer_path"),
                rs.getString("issuer_name"),
                rs.getString("signer"),
                issued == null ? null : issued.toLocalDate(),
                rs.getInt("year_from"),
                rs.getInt("year_to"),
                PlanStatus.valueOf(rs.getString("status")),
                rs.getBoolean("demo"),
                rs.getInt("version"),
                rs.getInt("task_count"),
                rs.getObject("superseded_by", Long.class));
    }
}
