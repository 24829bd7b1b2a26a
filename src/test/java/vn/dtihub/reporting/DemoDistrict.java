package vn.dtihub.reporting;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.WebClient;
import vn.dtihub.units.Structure;
import vn.dtihub.units.Units;

/** The demo district framework of thị xã Nghi Sơn and its office of culture, as the reporting tests use them. */
public final class DemoDistrict {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoDistrict() {}

    /** The id of the demo district framework, as a user of Nghi Sơn lists it. */
    public static long framework(WebClient client) {
        for (JsonNode f : JSON.readTree(client.getJson("/api/v1/frameworks").body())) {
            if (f.get("name").asString().startsWith("Bộ chỉ số chuyển đổi số cấp huyện")) {
                return f.get("id").asLong();
            }
        }
        throw new AssertionError("the demo district framework");
    }

    /** Phòng Văn hóa và Thông tin of thị xã Nghi Sơn (before 2025), whose reporter is {@code nghison.vhtt}. */
    public static long culture(Units units) {
        return units.agencyNamed(units.get(Structure.PRE2025, "407"), "Phòng Văn hóa và Thông tin")
                .orElseThrow()
                .id();
    }

    /** The form a reporter fills in a period. */
    public static long formOf(WebClient reporter, long periodId) {
        for (JsonNode f : JSON.readTree(reporter.getJson("/api/v1/forms").body())) {
            if (f.get("periodId").asLong() == periodId) {
                return f.get("id").asLong();
            }
        }
        throw new AssertionError("no form of period " + periodId);
    }

    /** Opens a quarter of the demo district framework as Nghi Sơn's office; the period's id. */
    public static long openQuarter(WebClient office, int year, int quarter) {
        return JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/periods",
                                "{\"frameworkId\":" + framework(office) + ",\"kind\":\"QUARTER\",\"year\":" + year
                                        + ",\"quarter\":" + quarter + "}")
                        .body())
                .get("id")
                .asLong();
    }

    /** A ratio criterion the form asks (the last one listed). */
    public static long ratioCriterion(WebClient reporter, long form) {
        long criterion = -1;
        for (JsonNode l :
                JSON.readTree(reporter.getJson("/api/v1/forms/" + form).body()).get("lines")) {
            if ("RATIO".equals(l.path("valueType").asString())) {
                criterion = l.get("criterionId").asLong();
            }
        }
        if (criterion < 0) {
            throw new AssertionError("no ratio criterion on form " + form);
        }
        return criterion;
    }
}
