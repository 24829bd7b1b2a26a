package vn.dtihub.insights.domain;

import static vn.dtihub.shared.Html.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A choropleth drawn as SVG on the server: each unit's outline filled by the class of its index, with its name and
 * index as a tooltip and a link to its scorecard; a legend of the classes. No tile server, no script, no internet.
 * Pure Java.
 */
public final class Choropleth {

    /** Five classes, light to dark (ColorBrewer's "Blues", colour-blind safe), and grey for units without a value. */
    static final String[] COLOURS = {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"};

    static final String NONE = "#d9d9d9";

    private Choropleth() {}

    /** A unit's outline: polygons of rings of [longitude, latitude] points. */
    public record Shape(String code, String name, List<List<double[]>> rings) {}

    /** A class of the legend: its colour and the range of indices it holds. */
    public record Band(String colour, BigDecimal from, BigDecimal to) {}

    /** The SVG and its legend. */
    public record Drawing(String svg, List<Band> legend) {}

    public static Drawing draw(
            List<Shape> shapes,
            Map<String, BigDecimal> values,
            Function<String, String> link,
            Map<String, String> labels,
            int width) {
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (Shape s : shapes) {
            for (List<double[]> ring : s.rings()) {
                for (double[] p : ring) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        // Equirectangular, corrected by the cosine of the middle latitude: true enough at a province's scale.
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double scale = width / Math.max(1e-9, (maxLon - minLon) * cos);
        int height = (int) Math.ceil((maxLat - minLat) * scale);
        List<Band> legend = legend(values);
        StringBuilder svg = new StringBuilder(shapes.size() * 600);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"choropleth\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" preserveAspectRatio=\"xMidYMid meet\">");
        for (Shape s : shapes) {
            BigDecimal value = values.get(s.code());
            String colour = colour(value, legend);
            String label = labels.getOrDefault(s.code(), s.name());
            String href = link.apply(s.code());
            if (href != null) {
                svg.append("<a href=\"").append(text(href)).append("\">");
            }
            svg.append("<path data-code=\"")
                    .append(text(s.code()))
                    .append("\" fill=\"")
                    .append(colour)
                    .append("\" stroke=\"#555\" stroke-width=\"0.4\" d=\"");
            for (List<double[]> ring : s.rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    double x = (ring.get(i)[0] - minLon) * cos * scale;
                    double y = (maxLat - ring.get(i)[1]) * scale;
                    svg.append(i == 0 ? 'M' : 'L')
                            .append(String.format(Locale.ROOT, "%.1f", x))
                            .append(',')
                            .append(String.format(Locale.ROOT, "%.1f", y));
                }
                svg.append('Z');
            }
            svg.append("\"><title>")
                    .append(text(label))
                    .append(
                            value == null
                                    ? ""
                                    : ": "
                                            + value.setScale(4, java.math.RoundingMode.HALF_UP)
                                                    .toPlainString()
                                                    .replace('.', ','))
                    .append("</title></path>");
            if (href != null) {
                svg.append("</a>");
            }
        }
        svg.append("</svg>");
        return new Drawing(svg.toString(), legend);
    }

    /** Five equal classes between the lowest and the highest index shown (one class when they are all equal). */
    static List<Band> legend(Map<String, BigDecimal> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        BigDecimal min = values.values().stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.values().stream().max(BigDecimal::compareTo).orElseThrow();
        if (min.compareTo(max) == 0) {
            return List.of(new Band(COLOURS[COLOURS.length - 1], min, max));
        }
        List<Band> out = new ArrayList<>();
        BigDecimal step =
                max.subtract(min).divide(BigDecimal.valueOf(COLOURS.length), 6, java.math.RoundingMode.HALF_UP);
        for (int i = 0; i < COLOURS.length; i++) {
            BigDecimal from = min.add(step.multiply(BigDecimal.valueOf(i)));
            BigDecimal to = i == COLOURS.length - 1 ? max : min.add(step.multiply(BigDecimal.valueOf(i + 1)));
            out.add(new Band(COLOURS[i], from, to));
        }
        return out;
    }

    static String colour(BigDecimal value, List<Band> legend) {
        if (value == null || legend.isEmpty()) {
            return NONE;
        }
        for (Band b : legend) {
            if (value.compareTo(b.to()) <= 0) {
                return b.colour();
            }
        }
        return legend.get(legend.size() - 1).colour();
    }
}
