package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/** The cite picker of a form row: empty until the user types, then the unit's library documents that match. */
class CitePickerIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void theLibrarySearchIgnoresDiacriticsStartsEmptyAndStaysInsideTheUnit() {
        WebClient api = WebClient.api(port, "haibinh.baocao", DEMO_PASSWORD);
        JsonNode form = null;
        for (JsonNode f : JSON.readTree(api.getJson("/api/v1/forms").body())) {
            if (f.get("status").asString().equals("DRAFT")
                    && f.get("periodTitle").asString().contains("cấp xã")) {
                form = f;
            }
        }
        long formId = form.get("id").asLong();
        long criterion = JSON.readTree(api.getJson("/api/v1/forms/" + formId).body())
                .get("lines")
                .get(0)
                .get("criterionId")
                .asLong();
        WebClient page = WebClient.signedIn(port, "haibinh.baocao", DEMO_PASSWORD);
        String base = "/forms/" + formId + "/library?criterionId=" + criterion;

        Document nothing = Jsoup.parse(page.get(base + "&q=").body());
        assertThat(nothing.select("form")).as("nothing typed, nothing listed").isEmpty();

        Document found =
                Jsoup.parse(page.get(base + "&q=quyet+dinh+ban+chi+dao").body());
        assertThat(found.select("form button")).as("diacritics ignored").isNotEmpty();
        assertThat(found.select("form span").first().text()).startsWith("Quyết định");
        assertThat(found.select("input[name=criterionId]").first().val()).isEqualTo(String.valueOf(criterion));
        assertThat(found.select("input[name=_csrf]"))
                .as("each cite button posts with its token")
                .isNotEmpty();

        Document none = Jsoup.parse(page.get(base + "&q=khong+co+van+ban+nay").body());
        assertThat(none.text()).contains("Không có văn bản nào khớp");

        assertThat(WebClient.signedIn(port, "quangngai.xem", DEMO_PASSWORD)
                        .get(base + "&q=quyet")
                        .statusCode())
                .as("another province's user does not even learn the form exists")
                .isEqualTo(404);
    }
}
