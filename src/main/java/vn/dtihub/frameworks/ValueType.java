package vn.dtihub.frameworks;

/** What a criterion measures; RATIO is two numbers, a numerator and a denominator. */
public enum ValueType {
    NUMBER,
    PERCENT,
    COUNT,
    YES_NO,
    CHOICE,
    DATE,
    TEXT,
    RATIO
}
