package vn.dtihub.insights.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines of the 34 provinces and of the 3,321 communes (2025 structure), read once from the GeoJSON shipped with
 * the product (reference/boundaries), by province: what the results map draws.
 */
@Component
public class Outlines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private volatile List<Choropleth.Shape> provinces;
    private volatile Map<String, List<Choropleth.Shape>> communes;

    /** The 34 provinces. */
    public List<Choropleth.Shape> provinces() {
        if (provinces == null) {
            provinces = read("reference/boundaries/vn_34_provinces_2025_simplified.geojson", null)
                    .getOrDefault("", List.of());
        }
        return provinces;
    }

    /** The communes of a province, by its code ("38"); empty for an unknown code. */
    public List<Choropleth.Shape> communesOf(String provinceCode) {
        if (communes == null) {
            communes = read("reference/boundaries/vn_3321_communes_2025_simplified.geojson", "provinceCode");
        }
        return communes.getOrDefault(provinceCode, List.of());
    }

    private static Map<String, List<Choropleth.Shape>> read(String path, String groupBy) {
        Map<String, List<Choropleth.Shape>> out = new HashMap<>();
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            for (JsonNode f : JSON.readTree(in).get("features")) {
                JsonNode p = f.get("properties");
                String group = groupBy == null ? "" : p.get(groupBy).asString();
                out.computeIfAbsent(group, g -> new ArrayList<>())
                        .add(new Choropleth.Shape(
                                p.get("code").asString(), p.get("fullName").asString(), rings(f.get("geometry"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the outlines " + path, e);
        }
        return out;
    }

    /** The outer rings of a Polygon or of each polygon of a MultiPolygon (holes are too small to matter here). */
    private static List<List<double[]>> rings(JsonNode geometry) {
        List<List<double[]>> out = new ArrayList<>();
        JsonNode coordinates = geometry.get("coordinates");
        if ("Polygon".equals(geometry.get("type").asString())) {
            out.add(ring(coordinates.get(0)));
        } else {
            for (JsonNode polygon : coordinates) {
                out.add(ring(polygon.get(0)));
            }
        }
        return out;
    }

    private static List<double[]> ring(JsonNode points) {
        List<double[]> out = new ArrayList<>(points.size());
        for (JsonNode p : points) {
            out.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
        }
        return out;
    }
}
