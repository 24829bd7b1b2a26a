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
}
