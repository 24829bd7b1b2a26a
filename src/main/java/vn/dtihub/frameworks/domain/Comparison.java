package vn.dtihub.frameworks.domain;

import java.math.BigDecimal;
import java.util.List;
import vn.dtihub.frameworks.FrameworkSummary;

/** What changed from one version of a framework to another, criterion by criterion, through the crosswalk. */
public record Comparison(
        FrameworkSummary from,
        FrameworkSummary to,
        List<Change> added,
        List<Change> removed,
        List<Change> changed,
        int unchanged) {

    /** One criterion's change: its codes in both versions (one may be null), names and points, what differs. */
    public record Change(
            String fromCode,
            String toCode,
            String fromName,
            String toName,
            BigDecimal fromPoints,
            BigDecimal toPoints,
            List<String> differences) {}
}
