package vn.dtihub.frameworks;

/** Chủ trì, phối hợp, cung cấp thông tin khi có yêu cầu, xác minh. */
public enum AssignmentRole {
    LEAD,
    COORDINATE,
    PROVIDE_DATA,
    VERIFY
}
