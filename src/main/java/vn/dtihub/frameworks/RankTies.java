package vn.dtihub.frameworks;

/**
 * When two units tie in a ranking of a framework: when their indices are equal at full precision (the default), or
 * when the indices as published (4 decimals) are, for a framework whose decision says so.
 */
public enum RankTies {
    UNROUNDED,
    DISPLAYED
}
