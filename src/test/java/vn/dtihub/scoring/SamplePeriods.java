package vn.dtihub.scoring;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.WebClient;

/** The demo data's commune framework, and a quarter of it opened through the API: where scoring tests start. */
public final class SamplePeriods {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SamplePeriods() {}

    /** The id of the sample commune framework, as a client sees it. */
    public static long communeFramework(WebClient client) {
        for (JsonNode f : JSON.readTree(client.getJson("/api/v1/frameworks").body())) {
            if (f.get("name").asString().startsWith("Bộ chỉ số chuyển đổi số cấp xã")) {
                return f.get("id").asLong();
            }
        }
        throw new AssertionError("the commune sample framework");
    }

    /** Opens a quarter of a framework for the client's province; its id. */
    public static long openQuarter(WebClient client, long framework, int year, int quarter) {
        return JSON.readTree(client.sendJson(
                                "POST",
                                "/api/v1/periods",
                                "{\"frameworkId\":" + framework + ",\"kind\":\"QUARTER\",\"year\":" + year
                                        + ",\"quarter\":" + quarter + "}")
                        .body())
                .get("id")
                .asLong();
    }
}
