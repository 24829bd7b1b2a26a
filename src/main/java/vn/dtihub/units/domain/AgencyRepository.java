package vn.dtihub.units.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.shared.VietnameseText;
import vn.dtihub.units.AgencyKind;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.Structure;
import vn.dtihub.units.Succession;

@Repository
public class AgencyRepository {

    private static final String SELECT = """
            select a.id, a.unit_id, u.structure, u.code as unit_code, u.full_name as unit_name, u.path as unit_path,
                   a.name, a.short_name, a.kind, a.active, a.version, a.successor_id, a.succession, a.succeeded_on
              from agency a join admin_unit u on u.id = a.unit_id""";

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgencyView> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id)
                .query(AgencyRepository::map)
                .optional();
    }

    public List<AgencyView> ofUnit(long unitId, boolean includeInactive) {
        return jdbc.sql(SELECT + " where a.unit_id = :u" + (includeInactive ? "" : " and a.active")
                        + " order by a.active desc, a.kind, a.name")
                .param("u", unitId)
                .query(AgencyRepository::map)
                .list();
    }

    public Optional<AgencyView> findByName(long unitId, String name) {
        return jdbc.sql(SELECT + " where a.unit_id = :u and a.name_key = :k")
                .param("u", unitId)
                .param("k", key(name))
                .query(AgencyRepository::map)
                .optional();
    }

    public boolean hasDemo(long unitId) {
        return jdbc.sql("select count(*) from agency where unit_id = :u and demo")
                        .param("u", unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insert(long unitId, String name, String shortName, AgencyKind kind, boolean demo) {
        return jdbc.sql("""
                        insert into agency (unit_id, name, name_key, short_name, kind, demo) values (:u, :n, :key, :s, :k, :d)
                        returning id""")
                .param("u", unitId)
                .param("n", name)
                .param("key", key(name))
                .param("s", shortName)
                .param("k", kind.name())
                .param("d", demo)
                .query(Long.class)
                .single();
    }

    /** Updates only if nobody changed the agency since {@code version} was read; false when someone did. */
    public boolean update(long id, int version, String name, String shortName, AgencyKind kind, boolean active) {
        return jdbc.sql("""
                        update agency set name = :n, name_key = :key, short_name = :s, kind = :k, active = :a, version = version + 1,
                               updated_at = now()
                         where id = :id and version = :v""")
                        .param("n", name)
                        .param("key", key(name))
                        .param("s", shortName)
                        .param("k", kind.name())
                        .param("a", active)
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    /**
     * Records that an agency was renamed or merged into another from a day, if nobody changed it since {@code version}
     * was read; false when someone did.
     */
    public boolean succeed(long id, int version, long successorId, Succession how, java.time.LocalDate on) {
        return jdbc.sql("""
                        update agency set successor_id = :s, succession = :h, succeeded_on = :on, version = version + 1,
                               updated_at = now()
                         where id = :id and version = :v""")
                        .param("s", successorId)
                        .param("h", how.name())
                        .param("on", java.sql.Date.valueOf(on))
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    /** The agencies renamed or merged, directly or through others, into this one: those it carries on. */
    public List<Long> predecessors(long id) {
        return jdbc.sql("""
                        with recursive before(id) as (
                            select id from agency where successor_id = :id
                            union
                            select a.id from agency a join before b on a.successor_id = b.id)
                        select id from before order by id""").param("id", id).query(Long.class).list();
    }

    /** Two names that differ only in letter case are the same agency. */
    static String key(String name) {
        return VietnameseText.nfc(name).toLowerCase(java.util.Locale.ROOT);
    }

    static AgencyView map(ResultSet rs, int row) throws SQLException {
        return new AgencyView(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                Structure.fromCode(rs.getString("structure")).orElseThrow(),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                rs.getString("unit_path"),
                rs.getString("name"),
                rs.getString("short_name"),
                AgencyKind.valueOf(rs.getString("kind")),
                rs.getBoolean("active"),
                rs.getInt("version"),
                rs.getObject("successor_id", Long.class),
                rs.getString("succession") == null ? null : Succession.valueOf(rs.getString("succession")),
                rs.getDate("succeeded_on") == null
                        ? null
                        : rs.getDate("succeeded_on").toLocalDate());
    }
}
