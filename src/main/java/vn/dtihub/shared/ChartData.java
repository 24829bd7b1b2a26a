package vn.dtihub.shared;

import java.util.List;

/**
 * A chart's data as the pages' charts.js reads it from a JSON block: labels, one or more series, and the top of the
 * value axis when it is known (1 for an index, the number of forms for submissions).
 */
public record ChartData(List<String> labels, List<Series> series, Integer max) {

    public record Series(String label, List<Number> data) {}
}
