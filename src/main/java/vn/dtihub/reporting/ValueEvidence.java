package vn.dtihub.reporting;

import java.util.List;

/** What backs a value: the library documents it cites and the files it carries. */
public record ValueEvidence(List<EvidenceDocument> citations, List<ValueFile> files) {

    public static final ValueEvidence NONE = new ValueEvidence(List.of(), List.of());

    public boolean empty() {
        return citations.isEmpty() && files.isEmpty();
    }

    /** A file attached to one value, with the name it was uploaded under (made safe). */
    public record ValueFile(long id, long fileId, String name, String uploadedBy) {}
}
