package vn.dtihub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.shared.WebClient;
import vn.dtihub.units.Units;

/** The home page is the user's work: each role sees what waits for it on the demo province, each item a link. */
class MyWorkIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "mật khẩu xem việc của tôi";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    Units units;

    private Document home(String username, String password) {
        return Jsoup.parse(WebClient.signedIn(port, username, password).get("/").body());
    }

    private long currentQuarter(WebClient office) {
        long id = -1;
        for (JsonNode p : JSON.readTree(office.getJson("/api/v1/periods").body())) {
            if (p.get("title").asString().contains("cấp xã tỉnh Thanh Hóa")
                    && p.get("open").asBoolean()) {
                id = Math.max(id, p.get("id").asLong());
            }
        }
        return id;
    }

    @Test
    void aCommuneReporterSeesTheFormToFillWithItsFillLevelAndLateness() {
        long period = currentQuarter(WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD));
        JsonNode mine = null;
        for (JsonNode f : JSON.readTree(WebClient.api(port, "haibinh.baocao", DEMO_PASSWORD)
                .getJson("/api/v1/forms")
                .body())) {
            if (f.get("periodId").asLong() == period
                    && f.get("status").asString().equals("DRAFT")) {
                mine = f;
            }
        }
        assertThat(mine)
                .as("the demo leaves Hải Bình's form of this quarter in draft")
                .isNotNull();
        int filled = mine.get("filled").asInt();
        int items = mine.get("items").asInt();
        assertThat(filled).as("partly filled").isBetween(1, items - 1);
        Document page = home("haibinh.baocao", DEMO_PASSWORD);
        Element card = page.getElementById("work-fill");
        assertThat(card).as("the card of forms to fill").isNotNull();
        Element form =
                card.selectFirst("li:has(a[href='/forms/" + mine.get("id").asLong() + "'])");
        assertThat(form).as("Hải Bình's form of this quarter").isNotNull();
        assertThat(form.selectFirst("a").attr("href"))
                .isEqualTo("/forms/" + mine.get("id").asLong());
        assertThat(form.text())
                .contains("đã nhập " + filled * 100 / items + " % (" + filled + "/" + items + ")", "quá hạn 2 ngày");
        assertThat(page.getElementById("work-review"))
                .as("a reporter appraises nothing")
                .isNull();
    }

    @Test
    void theProvincesOfficeSeesTheFormsToAppraiseAndThePeriodAtAGlance() {
        WebClient api = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long period = currentQuarter(api);
        int inReview = 0;
        int approved = 0;
        JsonNode forms = null;
        // Every open period the office runs (the province's, and those of its units before 2025) feeds the card.
        for (JsonNode p : JSON.readTree(api.getJson("/api/v1/periods").body())) {
            String scope = p.get("scopePath").asString();
            if (!p.get("open").asBoolean() || !(scope.startsWith("current/38/") || scope.startsWith("pre2025/38/"))) {
                continue;
            }
            JsonNode all =
                    JSON.readTree(api.getJson("/api/v1/periods/" + p.get("id").asLong() + "/completeness")
                            .body());
            for (JsonNode f : all) {
                String status = f.get("form").get("status").asString();
                inReview += status.equals("SUBMITTED") || status.equals("UNDER_REVIEW") ? 1 : 0;
                approved += p.get("id").asLong() == period && status.equals("APPROVED") ? 1 : 0;
            }
            if (p.get("id").asLong() == period) {
                forms = all;
            }
        }
        assertThat(inReview).as("the demo has forms waiting").isPositive();
        Document page = home("thanhhoa.cds", DEMO_PASSWORD);
        Element review = page.getElementById("work-review");
        assertThat(review.selectFirst("h3").text()).isEqualTo("Biểu chờ thẩm định (" + inReview + ")");
        assertThat(review.select("li")).as("the longest waiting, at most five").hasSize(Math.min(5, inReview));
        Element glance = page.select(".period-glance").stream()
                .filter(e -> e.selectFirst("a").attr("href").equals("/periods/" + period))
                .findFirst()
                .orElseThrow();
        assertThat(glance.text())
                .contains("Đã duyệt " + approved * 100 / forms.size() + " % (" + approved + "/" + forms.size()
                        + " biểu)");
        assertThat(glance.select("a[href='/periods/" + period + "?status=RETURNED']"))
                .as("each state links to the completeness page narrowed to it")
                .hasSize(1);
    }

    @Test
    void aReturnedFormShowsItsCommentsAndAViewerHasNothingWaiting() {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long period = currentQuarter(office);
        JsonNode returned = JSON.readTree(office.getJson("/api/v1/periods/" + period + "/completeness?status=RETURNED")
                        .body())
                .get(0)
                .get("form");
        String code = units.byPath(returned.get("assigneePath").asString())
                .orElseThrow()
                .code();
        users.create(
                TestPrincipal.admin(),
                new UserInput(
                        "xa.trolai",
                        "Cán bộ xã có biểu bị trả lại",
                        null,
                        Role.REPORTER,
                        code,
                        "CURRENT",
                        null,
                        PASSWORD,
                        true));
        Element card = home("xa.trolai", PASSWORD).getElementById("work-returned");
        assertThat(card.selectFirst("h3").text()).isEqualTo("Biểu bị trả lại (1)");
        assertThat(card.text()).contains("2 nhận xét");
        assertThat(card.selectFirst("a").attr("href"))
                .isEqualTo("/forms/" + returned.get("id").asLong());

        Document viewer = home("quangngai.xem", DEMO_PASSWORD);
        assertThat(viewer.getElementById("work-none").text()).isEqualTo("Không có việc nào đang chờ bạn.");
        assertThat(viewer.getElementById("my-work").children()).isEmpty();

        WebClient english = WebClient.signedIn(port, "xa.trolai", PASSWORD);
        assertThat(Jsoup.parse(english.get("/?lang=en").body())
                        .getElementById("work-returned")
                        .text())
                .contains("Forms sent back (1)", "2 comments");
    }
}
