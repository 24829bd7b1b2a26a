package vn.dtihub.units.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.units.LineageLink;
import vn.dtihub.units.Structure;

@Repository
public class LineageRepository {

    private final JdbcClient jdbc;

    LineageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units a unit was formed from (for a unit of the current structure). */
    public List<LineageLink> predecessors(Structure structure, String code) {
        return jdbc.sql("""
                        select l.old_structure as structure, l.old_code as code, coalesce(u.full_name, l.old_name) as name,
                               u.id is not null as known, l.merge_type, l.effective_on
                          from unit_lineage l
                          left join admin_unit u on u.structure = l.old_structure and u.code = l.old_code
                         where l.new_structure = :s and l.new_code = :c
                         order by l.merge_type, coalesce(u.full_name, l.old_name), l.old_code""")
                .param("s", structure.code())
                .param("c", code)
                .query(LineageRepository::map)
                .list();
    }

    /** The old units each of some new units was formed from (wholly or in part), by new code. */
    public java.util.Map<String, List<String>> predecessors(Structure structure, java.util.Collection<String> codes) {
        return linked("new", "old", structure, codes);
    }

    /** The new units each of some old units went into (wholly or in part), by old code. */
    public java.util.Map<String, List<String>> successors(Structure structure, java.util.Collection<String> codes) {
        return linked("old", "new", structure, codes);
    }

    /** The codes on the {@code to} side ("old" or "new") of the links from some codes of the {@code from} side. */
    private java.util.Map<String, List<String>> linked(
            String from, String to, Structure structure, java.util.Collection<String> codes) {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        jdbc.sql("select " + from + "_code as k, " + to + "_code as v from unit_lineage where " + from
                        + "_structure = :s and " + from + "_code in (:codes) order by k, v")
                .param("s", structure.code())
                .param("codes", codes)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString("k"), k -> new java.util.ArrayList<>())
                            .add(rs.getString("v"));
                });
        return out;
    }

    /** The units a unit went into (for a unit of the pre-2025 structure); several when it was split. */
    public List<LineageLink> successors(Structure structure, String code) {
        return jdbc.sql("""
                        select l.new_structure as structure, l.new_code as code, coalesce(u.full_name, l.new_name) as name,
                               u.id is not null as known, l.merge_type, l.effective_on
                          from unit_lineage l
                          left join admin_unit u on u.structure = l.new_structure and u.code = l.new_code
                         where l.old_structure = :s and l.old_code = :c
                         order by coalesce(u.full_name, l.new_name), l.new_code""")
                .param("s", structure.code())
                .param("c", code)
                .query(LineageRepository::map)
                .list();
    }

    private static LineageLink map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new LineageLink(
                Structure.fromCode(rs.getString("structure")).orElseThrow(),
                rs.getString("code"),
                rs.getString("name"),
                rs.getBoolean("known"),
                LineageLink.MergeType.valueOf(rs.getString("merge_type").toUpperCase(java.util.Locale.ROOT)),
                rs.getDate("effective_on").toLocalDate());
    }
}
