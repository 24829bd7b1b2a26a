package vn.dtihub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.WebClient;

/**
 * A standing office reads its communes' results in a browser: the dashboard draws its charts (Chart.js from the
 * WebJar, under the page's content security policy) and the map, whose communes lead to their scorecards.
 */
class ScoringJourneyIT extends JourneyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theDashboardDrawsItsChartsAndItsMapLeadsToAScorecard() {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long framework = vn.dtihub.scoring.SamplePeriods.communeFramework(office);
        long period = vn.dtihub.scoring.SamplePeriods.openQuarter(office, framework, 2036, 1);
        assertThat(office.sendJson("POST", "/api/v1/periods/" + period + "/scores", "{}")
                        .statusCode())
                .isEqualTo(200);

        // The province's plan for the year promises 100 % and has reached 40 %.
        long plan = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"title\":\"Kế hoạch chuyển đổi số năm 2036 (thử)\",\"kind\":\"YEARLY\","
                                        + "\"yearFrom\":2036,\"yearTo\":2036}")
                        .body())
                .get("id")
                .asLong();
        long target = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans/" + plan + "/targets",
                                "{\"statement\":\"Tỷ lệ hồ sơ trực tuyến toàn trình\",\"unitOfMeasure\":\"%\","
                                        + "\"goal\":100,\"goalYear\":2036}")
                        .body())
                .get("id")
                .asLong();
        assertThat(office.sendJson("POST", "/api/v1/plans/" + plan + "/targets/" + target + "/value", "{\"value\":40}")
                        .statusCode())
                .isEqualTo(200);

        List<String> errors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "thanhhoa.cds", errors);
            page.navigate(url("/periods/" + period + "/results/dashboard"));
            page.waitForFunction(
                    "() => typeof Chart !== 'undefined' && Chart.getChart('chart-histogram') !== undefined");
            assertThat(page.evaluate("() => ['chart-histogram', 'chart-trend', 'chart-submissions']"
                            + ".every(id => Chart.getChart(id) !== undefined)"))
                    .as("every chart of the dashboard is drawn")
                    .isEqualTo(true);
            assertThat(page.locator("#results-map path").count())
                    .as("Thanh Hóa's 166 communes")
                    .isEqualTo(166);
            assertThat(page.evaluate("() => Chart.getChart('chart-targets') !== undefined"))
                    .isEqualTo(true);
            assertThat(page.locator("#targets-table").textContent())
                    .contains("Tỷ lệ hồ sơ trực tuyến toàn trình", "40 (40%)");
            page.locator("#results-map path[data-code='16645']").click();
            page.waitForURL(address -> address.contains("/periods/" + period + "/results/"));
            assertThat(page.locator("#scorecard-title").textContent()).contains("Phường Hải Bình");
            page.waitForFunction("() => typeof Chart !== 'undefined' && Chart.getChart('chart-radar') !== undefined");
        }
        assertThat(errors).as("no script error, no blocked script or style").isEmpty();
    }
}
