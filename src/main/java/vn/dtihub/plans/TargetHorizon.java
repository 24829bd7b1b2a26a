package vn.dtihub.plans;

import java.math.BigDecimal;

/** A value a target must reach by a year. */
public record TargetHorizon(int year, BigDecimal value) {}
