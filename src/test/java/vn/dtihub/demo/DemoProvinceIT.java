package vn.dtihub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.VietnamTime;
import vn.dtihub.shared.WebClient;

/**
 * The demo a newcomer opens: Thanh Hóa's 166 communes, last quarter approved, scored and published, this quarter in
 * every state a real one is in a few days after the communes' deadline.
 */
class DemoProvinceIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private JsonNode quarter(WebClient office, boolean current) {
        JsonNode found = null;
        for (JsonNode p : JSON.readTree(office.getJson("/api/v1/periods").body())) {
            if (p.get("title").asString().contains("cấp xã tỉnh Thanh Hóa")
                    && (found == null
                            || (current
                                    ? p.get("id").asLong() > found.get("id").asLong()
                                    : p.get("id").asLong() < found.get("id").asLong()))) {
                found = p;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.get("title").asString()).as("labelled as demo data").contains("(dữ liệu minh họa)");
        return found;
    }

    private Map<FormStatus, Integer> states(WebClient office, long period, int[] empty) {
        Map<FormStatus, Integer> count = new EnumMap<>(FormStatus.class);
        for (JsonNode c : JSON.readTree(
                office.getJson("/api/v1/periods/" + period + "/completeness").body())) {
            count.merge(FormStatus.valueOf(c.get("form").get("status").asString()), 1, Integer::sum);
            if (c.get("percentFilled").asInt() == 0) {
                empty[0]++;
            }
        }
        return count;
    }

    @Test
    void lastQuarterIsApprovedAndPublishedForEveryCommune() {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        JsonNode last = quarter(office, false);
        assertThat(last.get("formCount").asInt()).isEqualTo(166);
        Map<FormStatus, Integer> states = states(office, last.get("id").asLong(), new int[1]);
        assertThat(states.get(FormStatus.APPROVED))
                .as("no test reopens last quarter")
                .isEqualTo(166);
        int overall = 0;
        for (JsonNode row : JSON.readTree(new WebClient(port)
                .getJson("/api/v1/open/results?period=" + last.get("id").asLong())
                .body())) {
            overall += row.get("overall").asBoolean() ? 1 : 0;
        }
        assertThat(overall)
                .as("every commune in the open data, without signing in")
                .isEqualTo(166);
    }

    @Test
    void thisQuarterHoldsEveryStateInRealisticShares() {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        JsonNode current = quarter(office, true);
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        assertThat(LocalDate.parse(current.get("dueCommune").asString()))
                .as("the communes' deadline passed two days ago")
                .isEqualTo(today.minusDays(2));
        int[] empty = new int[1];
        Map<FormStatus, Integer> states = states(office, current.get("id").asLong(), empty);
        assertThat(states.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(166);
        // Shares of the demo's stages (approved 20 %, appraised 10 %, submitted 12 %, returned 8 %, drafts and not
        // started a half), within what 166 draws and the tests that move a form or two can make of them.
        assertThat(states.get(FormStatus.APPROVED)).isBetween(15, 55);
        assertThat(states.get(FormStatus.UNDER_REVIEW)).isBetween(6, 30);
        assertThat(states.get(FormStatus.SUBMITTED)).isBetween(8, 35);
        assertThat(states.get(FormStatus.RETURNED)).isBetween(4, 25);
        assertThat(states.get(FormStatus.DRAFT)).isBetween(50, 110);
        assertThat(empty[0]).as("communes that have not started").isBetween(12, 45);
    }
}
