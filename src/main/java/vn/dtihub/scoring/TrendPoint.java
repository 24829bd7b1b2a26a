package vn.dtihub.scoring;

import java.math.BigDecimal;
import vn.dtihub.reporting.PeriodSummary;

/** A point of a trend: a period and the mean overall index of the caller's units in it. */
public record TrendPoint(PeriodSummary period, BigDecimal meanIndex) {}
