package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/**
 * A period lives in the structure of units in force on its dates, on a framework that applies to its year and its
 * units' level; anything else is refused with the reason, and nothing is created.
 */
class PeriodStructureIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long framework(WebClient client, String startsWith) {
        for (JsonNode f : JSON.readTree(client.getJson("/api/v1/frameworks").body())) {
            if (f.get("name").asString().startsWith(startsWith)
                    && "PUBLISHED".equals(f.get("status").asString())) {
                return f.get("id").asLong();
            }
        }
        throw new AssertionError(startsWith);
    }

    private long periods() {
        return jdbc.sql("select count(*) from reporting_period")
                .query(Long.class)
                .single();
    }

    @Test
    void aFrameworkOfOtherYearsIsRefusedNamingThemAndThePageOffersAClone() {
        WebClient admin = WebClient.api(port, "admin", DEMO_PASSWORD);
        long dti922 = framework(admin, "Bộ chỉ số DTI cấp tỉnh");
        long before = periods();
        HttpResponse<String> refused = admin.sendJson(
                "POST", "/api/v1/periods", "{\"frameworkId\":" + dti922 + ",\"kind\":\"YEAR\",\"year\":2024}");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("field").asString()).isEqualTo("frameworkId");
        assertThat(problem.get("detail").asString()).contains("2021–2023", "2024");
        assertThat(periods()).as("nothing created").isEqualTo(before);

        WebClient page = WebClient.signedIn(port, "admin", DEMO_PASSWORD);
        HttpResponse<String> posted = page.postForm(
                "/periods", Map.of("frameworkId", String.valueOf(dti922), "kind", "YEAR", "year", "2024"));
        assertThat(posted.statusCode()).isEqualTo(302);
        String list = page.get("/periods").body();
        assertThat(list)
                .contains("Bộ chỉ số này áp dụng cho các năm 2021–2023, không áp dụng cho năm 2024")
                .contains("id=\"clone-for-year\"", "action=\"/frameworks/" + dti922 + "/clone\"");
        HttpResponse<String> cloned =
                page.postForm("/frameworks/" + dti922 + "/clone", Map.of("yearFrom", "2024", "yearTo", "2024"));
        assertThat(cloned.statusCode()).isEqualTo(302);
        boolean draft = false;
        for (JsonNode f : JSON.readTree(admin.getJson("/api/v1/frameworks").body())) {
            if ("DRAFT".equals(f.get("status").asString())
                    && f.path("previousId").asLong() == dti922
                    && f.get("yearFrom").asInt() == 2024) {
                draft = true;
            }
        }
        assertThat(draft).as("a draft of 922 for 2024").isTrue();
        assertThat(periods()).isEqualTo(before);
    }

    @Test
    void aPeriodAfterTheReformHasNoDistrictsAndAGoneDistrictOpensNone() {
        WebClient thanhHoa = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long district = framework(thanhHoa, "Bộ chỉ số chuyển đổi số cấp huyện");
        long before = periods();
        HttpResponse<String> noDistricts = thanhHoa.sendJson(
                "POST",
                "/api/v1/periods",
                "{\"frameworkId\":" + district + ",\"kind\":\"QUARTER\",\"year\":2025,\"quarter\":3}");
        assertThat(noDistricts.statusCode()).as(noDistricts.body()).isEqualTo(400);
        assertThat(JSON.readTree(noDistricts.body()).get("field").asString()).isEqualTo("frameworkId");

        WebClient nghiSon = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        HttpResponse<String> gone = nghiSon.sendJson(
                "POST",
                "/api/v1/periods",
                "{\"frameworkId\":" + district + ",\"kind\":\"QUARTER\",\"year\":2025,\"quarter\":3}");
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(400);
        assertThat(JSON.readTree(gone.body()).get("field").asString()).isEqualTo("year");
        assertThat(periods()).as("nothing created").isEqualTo(before);

        // The same district framework for the second quarter of 2025: Nghi Sơn still existed, on its units of then.
        HttpResponse<String> opened = nghiSon.sendJson(
                "POST",
                "/api/v1/periods",
                "{\"frameworkId\":" + district + ",\"kind\":\"QUARTER\",\"year\":2025,\"quarter\":1}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(JSON.readTree(opened.body()).get("structure").asString()).isEqualTo("PRE2025");
    }

    @Test
    void aCurrentProvinceOpensAPastYearOverTheProvinceItWasFormedFrom() {
        WebClient thanhHoa = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long dti922 = framework(thanhHoa, "Bộ chỉ số DTI cấp tỉnh");
        HttpResponse<String> opened = thanhHoa.sendJson(
                "POST", "/api/v1/periods", "{\"frameworkId\":" + dti922 + ",\"kind\":\"YEAR\",\"year\":2023}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode period = JSON.readTree(opened.body());
        assertThat(period.get("structure").asString()).isEqualTo("PRE2025");
        assertThat(period.get("scopePath").asString()).isEqualTo("current/38/");
        List<String> subjects = jdbc.sql("select subject_path from report_form where period_id = :p")
                .param("p", period.get("id").asLong())
                .query(String.class)
                .list();
        assertThat(subjects).containsExactly("pre2025/38/");
        // Another province's office does not see it.
        assertThat(WebClient.api(port, "nghison.cds", DEMO_PASSWORD)
                        .getJson("/api/v1/periods/" + period.get("id").asLong())
                        .statusCode())
                .isEqualTo(404);
    }
}
