package vn.dtihub.shared;

/**
 * Where every module writes who changed what. The accounts module keeps the log; modules that only need to
 * record into it depend on this port, not on accounts, so that the dependency graph stays one-way.
 */
public interface AuditTrail {

    void record(AuditRecord record);

    /** Records several changes of one request at once (an upload of many values): one round trip, not one each. */
    default void recordAll(java.util.List<AuditRecord> records) {
        records.forEach(this::record);
    }
}
