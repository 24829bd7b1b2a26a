package vn.dtihub.shared;

/**
 * Whether the application runs on its own embedded PostgreSQL (a laptop or demo install: demo data is loaded)
 * or on an external one (a server install: only the administrator account is created).
 */
public record DatabaseMode(boolean embedded) {}
