package vn.dtihub.shared;

import java.util.Map;

/**
 * One entry of the audit log. {@code scopePath} is the unit path of the object concerned, so that a standing
 * office reads only the entries of its own subtree; {@code before} and {@code after} hold the changed fields.
 */
public record AuditRecord(
        String action,
        String objectType,
        String objectId,
        String scopePath,
        Map<String, Object> before,
        Map<String, Object> after,
        String detail) {

    public static AuditRecord of(String action, String objectType, Object objectId, String scopePath) {
        return new AuditRecord(action, objectType, String.valueOf(objectId), scopePath, null, null, null);
    }

    public AuditRecord change(Map<String, Object> before, Map<String, Object> after) {
        return new AuditRecord(action, objectType, objectId, scopePath, before, after, detail);
    }

    public AuditRecord withDetail(String text) {
        return new AuditRecord(action, objectType, objectId, scopePath, before, after, text);
    }
}
