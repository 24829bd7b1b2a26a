package vn.dtihub.scoring.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Peer groups and their members. */
@Repository
public class PeerGroupRepository {

    private final JdbcClient jdbc;

    PeerGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PeerGroup> all() {
        Map<Long, PeerGroup> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select g.*, m.unit_id from peer_group g left join peer_group_member m on m.group_id = g.id
                        order by g.name, g.id, m.unit_id""").query(rs -> {
            PeerGroup g = out.computeIfAbsent(rs.getLong("id"), k -> {
                try {
                    return new PeerGroup(
                            k,
                            rs.getString("owner_path"),
                            rs.getString("name"),
                            rs.getString("created_by"),
                            new ArrayList<>());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            long unit = rs.getLong("unit_id");
            if (!rs.wasNull()) {
                g.unitIds().add(unit);
            }
        });
        return List.copyOf(out.values());
    }

    public Optional<PeerGroup> find(long id) {
        return all().stream().filter(g -> g.id() == id).findFirst();
    }

    /** A new group, or empty when the owner already has one of that name. */
    public Optional<Long> insert(String ownerPath, String name, String by, List<Long> units) {
        Optional<Long> id = jdbc.sql("""
                        insert into peer_group (owner_path, name, created_by) values (:o, :n, :b)
                        on conflict (owner_path, name) do nothing returning id""")
                .param("o", ownerPath)
                .param("n", name)
                .param("b", by)
                .query(Long.class)
                .optional();
        id.ifPresent(
                g -> units.forEach(u -> jdbc.sql("insert into peer_group_member (group_id, unit_id) values (:g, :u)")
                        .param("g", g)
                        .param("u", u)
                        .update()));
        return id;
    }

    public void delete(long id) {
        jdbc.sql("delete from peer_group where id = :id").param("id", id).update();
    }
}
