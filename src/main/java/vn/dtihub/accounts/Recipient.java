package vn.dtihub.accounts;

/** A user to notify: who, where to write, and in which role (an approver is copied on a unit's reminders). */
public record Recipient(long userId, String username, String displayName, String email, Role role) {}
