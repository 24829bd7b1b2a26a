package vn.dtihub.units.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.shared.VietnameseText;
import vn.dtihub.units.Level;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitView;

@Repository
public class UnitRepository {

    private static final String COLUMNS =
            "id, structure, code, name, name_en, full_name, full_name_en, kind, kind_name, kind_name_en, level, parent_code, path";
    private static final String ORDER = " order by level = 'PROVINCE' desc, level = 'DISTRICT' desc, code";

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UnitView> find(Structure structure, String code) {
        return jdbc.sql("select " + COLUMNS + " from admin_unit where structure = :s and code = :code")
                .param("s", structure.code())
                .param("code", code)
                .query(UnitRepository::map)
                .optional();
    }

    public Optional<UnitView> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from admin_unit where id = :id")
                .param("id", id)
                .query(UnitRepository::map)
                .optional();
    }

    /** Units by id, in one query (a nationwide computation looks up thousands). */
    public List<UnitView> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from admin_unit where id in (:ids)")
                .param("ids", ids)
                .query(UnitRepository::map)
                .list();
    }

    /** Units of a structure by code, in one query. */
    public List<UnitView> byCodes(Structure structure, java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from admin_unit where structure = :s and code in (:codes)")
                .param("s", structure.code())
                .param("codes", codes)
                .query(UnitRepository::map)
                .list();
    }

    /** Children of a unit, or the provinces when {@code parentCode} is null. */
    public List<UnitView> children(Structure structure, String parentCode) {
        if (parentCode == null) {
            return list(structure, Level.PROVINCE, null, 0, Integer.MAX_VALUE);
        }
        return jdbc.sql("select " + COLUMNS + " from admin_unit where structure = :s and parent_code = :p" + ORDER)
                .param("s", structure.code())
                .param("p", parentCode)
                .query(UnitRepository::map)
                .list();
    }

    public List<UnitView> list(Structure structure, Level level, String parentCode, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from admin_unit where structure = :s");
        if (level != null) {
            sql.append(" and level = :level");
        }
        if (parentCode != null) {
            sql.append(" and path like :prefix");
        }
        sql.append(ORDER).append(" offset :offset limit :limit");
        var statement = jdbc.sql(sql.toString())
                .param("s", structure.code())
                .param("offset", offset)
                .param("limit", limit);
        if (level != null) {
            statement = statement.param("level", level.name());
        }
        if (parentCode != null) {
            statement = statement.param("prefix", subtreePrefix(structure, parentCode) + "_%");
        }
        return statement.query(UnitRepository::map).list();
    }

    public long count(Structure structure, Level level, String parentCode) {
        StringBuilder sql = new StringBuilder("select count(*) from admin_unit where structure = :s");
        if (level != null) {
            sql.append(" and level = :level");
        }
        if (parentCode != null) {
            sql.append(" and path like :prefix");
        }
        var statement = jdbc.sql(sql.toString()).param("s", structure.code());
        if (level != null) {
            statement = statement.param("level", level.name());
        }
        if (parentCode != null) {
            statement = statement.param("prefix", subtreePrefix(structure, parentCode) + "_%");
        }
        return statement.query(Long.class).single();
    }

    private String subtreePrefix(Structure structure, String parentCode) {
        // No path starts with "#": an unknown parent has no units under it (and no NUL byte goes to the database).
        return find(structure, parentCode).map(UnitView::path).orElse("#none/");
    }

    /** The province (and district) above a unit, read off its path, top first. */
    public List<UnitView> ancestors(UnitView unit) {
        List<String> codes = new ArrayList<>(Arrays.asList(unit.path().split("/")));
        codes.remove(0);
        codes.remove(codes.size() - 1);
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from admin_unit where structure = :s and code in (:codes)" + ORDER)
                .param("s", unit.structure().code())
                .param("codes", codes)
                .query(UnitRepository::map)
                .list();
    }

    /**
     * Units whose name or code matches, best match first: the exact name, then names starting with the query,
     * then the query as a phrase inside the full name, then every word at the start of some word. Diacritics are ignored on both
     * sides, so "tinh hai" finds "Phường Tĩnh Hải".
     */
    public List<UnitView> search(String query, Structure structure, int limit) {
        String q = VietnameseText.fold(query);
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> words =
                Arrays.stream(q.split(" ")).map(w -> "% " + escapeLike(w) + "%").toList();
        String phrase = escapeLike(q);
        String sql = "select " + COLUMNS + " from admin_unit where ' ' || search_text like all (array[:words])"
                + (structure != null ? " and structure = :s" : "")
                + """
                 order by case
                     when code = :raw or name_folded = :q then 0
                     when name_folded like :starts escape '\\' then 1
                     when search_text like :starts escape '\\' then 2
                     when ' ' || search_text like :phrase escape '\\' then 3
                     else 4 end,
                   level = 'PROVINCE' desc, level = 'DISTRICT' desc, structure = 'current' desc, name_folded, code
                 limit :limit""";
        var statement = jdbc.sql(sql)
                .param("words", words)
                .param("raw", query.strip())
                .param("q", q)
                .param("starts", phrase + "%")
                .param("phrase", "% " + phrase + "%")
                .param("limit", limit);
        if (structure != null) {
            statement = statement.param("s", structure.code());
        }
        return statement.query(UnitRepository::map).list();
    }

    public boolean exists(Structure structure, String code) {
        return jdbc.sql("select count(*) from admin_unit where structure = :s and code = :c")
                        .param("s", structure.code())
                        .param("c", code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static UnitView map(ResultSet rs, int row) throws SQLException {
        return new UnitView(
                rs.getLong("id"),
                Structure.fromCode(rs.getString("structure")).orElseThrow(),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getString("full_name"),
                rs.getString("full_name_en"),
                rs.getString("kind"),
                rs.getString("kind_name"),
                rs.getString("kind_name_en"),
                Level.valueOf(rs.getString("level")),
                rs.getString("parent_code"),
                rs.getString("path"));
    }
}
