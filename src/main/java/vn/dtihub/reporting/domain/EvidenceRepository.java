package vn.dtihub.reporting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.reporting.DocumentInput;
import vn.dtihub.reporting.EvidenceDocument;
import vn.dtihub.reporting.ValueEvidence;

@Repository
public class EvidenceRepository {

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertDocument(
            String ownerPath, Long agencyId, DocumentInput in, Long fileId, String fileName, String by) {
        return jdbc.sql("""
                        insert into evidence_document (owner_path, agency_id, kind, number, issued_on, issuer, summary,
                            file_id, file_name, created_by)
                        values (:o, :a, :k, :n, :d, :i, :s, :f, :fn, :by) returning id""")
                .param("o", ownerPath)
                .param("a", agencyId)
                .param("k", in.kind())
                .param("n", in.number())
                .param("d", in.issuedOn())
                .param("i", in.issuer())
                .param("s", in.summary())
                .param("f", fileId)
                .param("fn", fileName)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public Optional<EvidenceDocument> document(long id) {
        return jdbc.sql("select * from evidence_document where id = :id")
                .param("id", id)
                .query(EvidenceRepository::document)
                .optional();
    }

    /** The same document already in a library: same number and date (a decision is uploaded once). */
    public Optional<EvidenceDocument> sameDocument(String ownerPath, Long agencyId, String number, LocalDate issuedOn) {
        return jdbc.sql("""
                        select * from evidence_document where owner_path = :o and coalesce(agency_id, 0) = :a
                          and lower(number) = lower(:n) and issued_on is not distinct from :d""")
                .param("o", ownerPath)
                .param("a", agencyId == null ? 0L : agencyId)
                .param("n", number)
                .param("d", issuedOn)
                .query(EvidenceRepository::document)
                .optional();
    }

    /**
     * A seat's library: its agency's documents, or its unit's, plus the documents of the units given (an office
     * cites its town's decisions).
     */
    public List<EvidenceDocument> library(Long agencyId, List<String> unitPaths) {
        StringBuilder sql = new StringBuilder("select * from evidence_document where false");
        List<Object> params = new ArrayList<>();
        if (agencyId != null) {
            sql.append(" or agency_id = ?");
            params.add(agencyId);
        }
        for (String path : unitPaths) {
            sql.append(" or (agency_id is null and owner_path = ?)");
            params.add(path);
        }
        sql.append(" order by issued_on desc nulls last, id desc limit 1000");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(EvidenceRepository::document)
                .list();
    }

    public boolean cite(long formId, long criterionId, long documentId, String by) {
        return jdbc.sql("""
                                insert into value_citation (form_id, criterion_id, document_id, cited_by)
                                values (:f, :c, :d, :by) on conflict do nothing""")
                        .param("f", formId)
                        .param("c", criterionId)
                        .param("d", documentId)
                        .param("by", by)
                        .update()
                == 1;
    }

    public boolean uncite(long formId, long criterionId, long documentId) {
        return jdbc.sql("delete from value_citation where form_id = :f and criterion_id = :c and document_id = :d")
                        .param("f", formId)
                        .param("c", criterionId)
                        .param("d", documentId)
                        .update()
                == 1;
    }

    public long insertFile(long formId, long criterionId, long fileId, String name, String by) {
        return jdbc.sql("""
                        insert into value_file (form_id, criterion_id, file_id, file_name, uploaded_by)
                        values (:f, :c, :file, :n, :by) returning id""")
                .param("f", formId)
                .param("c", criterionId)
                .param("file", fileId)
                .param("n", name)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public Optional<ValueEvidence.ValueFile> file(long formId, long id) {
        return jdbc.sql("select * from value_file where form_id = :f and id = :id")
                .param("f", formId)
                .param("id", id)
                .query((rs, n) -> file(rs))
                .optional();
    }

    /** What backs each value of a form: citations and files, by criterion. */
    public Map<Long, ValueEvidence> ofForm(long formId) {
        Map<Long, List<EvidenceDocument>> cited = new HashMap<>();
        jdbc.sql("""
                        select c.criterion_id, d.* from value_citation c join evidence_document d on d.id = c.document_id
                        where c.form_id = :f order by d.issued_on nulls last, d.id""").param("f", formId).query(rs -> {
            cited.computeIfAbsent(rs.getLong("criterion_id"), k -> new ArrayList<>())
                    .add(document(rs, 0));
        });
        Map<Long, List<ValueEvidence.ValueFile>> files = new HashMap<>();
        jdbc.sql("select * from value_file where form_id = :f order by id")
                .param("f", formId)
                .query(rs -> {
                    files.computeIfAbsent(rs.getLong("criterion_id"), k -> new ArrayList<>())
                            .add(file(rs));
                });
        Map<Long, ValueEvidence> out = new HashMap<>();
        cited.keySet().forEach(c -> out.put(c, null));
        files.keySet().forEach(c -> out.put(c, null));
        out.replaceAll((c, v) -> new ValueEvidence(
                List.copyOf(cited.getOrDefault(c, List.of())), List.copyOf(files.getOrDefault(c, List.of()))));
        return out;
    }

    private static ValueEvidence.ValueFile file(ResultSet rs) throws SQLException {
        return new ValueEvidence.ValueFile(
                rs.getLong("id"), rs.getLong("file_id"), rs.getString("file_name"), rs.getString("uploaded_by"));
    }

    private static EvidenceDocument document(ResultSet rs, int n) throws SQLException {
        return new EvidenceDocument(
                rs.getLong("id"),
                rs.getString("owner_path"),
                rs.getObject("agency_id", Long.class),
                rs.getString("kind"),
                rs.getString("number"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getString("issuer"),
                rs.getString("summary"),
                rs.getObject("file_id", Long.class),
                rs.getString("file_name"),
                rs.getString("created_by"));
    }
}
