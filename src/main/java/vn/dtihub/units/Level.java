package vn.dtihub.units;

/** Province, district (only before 1 July 2025) and commune (xã, phường, thị trấn, đặc khu). */
public enum Level {
    PROVINCE,
    DISTRICT,
    COMMUNE
}
