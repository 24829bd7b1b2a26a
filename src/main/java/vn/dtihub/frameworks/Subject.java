package vn.dtihub.frameworks;

/** What a framework scores: provinces, districts (before July 2025), communes, or provincial departments and offices. */
public enum Subject {
    PROVINCE,
    DISTRICT,
    COMMUNE,
    AGENCY
}
