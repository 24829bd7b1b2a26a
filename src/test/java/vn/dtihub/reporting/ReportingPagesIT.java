package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/** The reporting pages: open a period from the page, see its completeness, fill a row in place, be refused in place. */
class ReportingPagesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void anOfficeOpensAPeriodFromThePageAndAReporterFillsARowInPlace() {
        WebClient office = WebClient.signedIn(port, "nghison.cds", DEMO_PASSWORD);
        String list = office.get("/periods").body();
        assertThat(list)
                .contains("id=\"open-period-form\"", "Bộ chỉ số chuyển đổi số cấp huyện")
                .as("the demo quarter, labelled as demo data")
                .contains("thị xã Nghi Sơn (dữ liệu minh họa)");
        Matcher framework = Pattern.compile("<option value=\"(\\d+)\">Bộ chỉ số chuyển đổi số cấp huyện")
                .matcher(list);
        assertThat(framework.find()).isTrue();
        HttpResponse<String> opened = office.postForm(
                "/periods",
                Map.of("frameworkId", framework.group(1), "kind", "QUARTER", "year", "2021", "quarter", "4"));
        assertThat(opened.statusCode()).isEqualTo(302);
        String location = opened.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/periods/\\d+");
        String period = office.get(location.replaceAll("^https?://[^/]+", "")).body();
        assertThat(period)
                .contains(
                        "Quý IV/2021 – Bộ chỉ số",
                        "id=\"completeness-table\"",
                        "Phòng Văn hóa và Thông tin",
                        "Hạn: cấp xã 15/12/2021");

        WebClient reporter = WebClient.signedIn(port, "nghison.vhtt", DEMO_PASSWORD);
        String mine = reporter.get("/forms").body();
        Matcher form = Pattern.compile("href=\"/forms/(\\d+)\">Quý IV/2021").matcher(mine);
        assertThat(form.find()).as(mine).isTrue();
        String formPage = reporter.get("/forms/" + form.group(1)).body();
        Matcher ratio = Pattern.compile("id=\"d-(\\d+)\"").matcher(formPage);
        assertThat(ratio.find())
                .as("a ratio row with its numerator and denominator")
                .isTrue();
        String criterion = ratio.group(1);
        assertThat(formPage).contains("hx-post=\"/forms/" + form.group(1) + "/values/" + criterion + "\"");

        Map<String, String> htmx = Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "HX-Request", "true",
                "X-CSRF-TOKEN", reporter.csrf());
        String path = "/forms/" + form.group(1) + "/values/" + criterion;
        HttpResponse<String> refused = reporter.send("POST", path, htmx, "version=0&number=60&denominator=50");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body().strip())
                .as("the row's status comes back with the refusal; the inputs stay as typed in the browser")
                .startsWith("<div id=\"s-" + criterion + "\"")
                .contains("row-error", "Tử số không được lớn hơn mẫu số")
                .doesNotContain("name=\"number\"");
        HttpResponse<String> saved = reporter.send("POST", path, htmx, "version=0&number=47&denominator=50");
        assertThat(saved.body())
                .doesNotContain("row-error")
                .contains("nghison.vhtt", "id=\"ver-" + criterion + "\"", "value=\"1\"", "hx-swap-oob=\"true\"");
        HttpResponse<String> stale = reporter.send("POST", path, htmx, "version=0&number=1&denominator=50");
        assertThat(stale.body()).contains("row-error", "47/50");
        HttpResponse<String> withoutScript =
                reporter.postForm(path, Map.of("version", "1", "number", "48", "denominator", "abc"));
        assertThat(withoutScript.statusCode()).isEqualTo(302);
        String back = reporter.get("/forms/" + form.group(1)).body();
        assertThat(back)
                .as("without script the refused row shows what was typed, and the message")
                .contains("value=\"abc\"", "id=\"form-error\"");
        assertThat(reporter.get("/forms/" + form.group(1)).body())
                .as("the form page shows the value saved, and its history")
                .contains("value=\"47\"", "id=\"form-history\"", "– → 47/50");
        assertThat(reporter.get("/forms/" + form.group(1)).body())
                .as("a reporter enters values; the head signs off")
                .doesNotContain("id=\"submit-form\"");
        // A form typed into for weeks has hundreds of changes: the page shows the latest, the whole history on demand.
        for (int v = 1; v <= RECENT + 1; v++) {
            assertThat(reporter.send("POST", path, htmx, "version=" + v + "&number=" + (v % 50) + "&denominator=50")
                            .body())
                    .doesNotContain("row-error");
        }
        String recent = reporter.get("/forms/" + form.group(1)).body();
        assertThat(recent)
                .contains("id=\"history-more\"", "Đang hiện 50 thay đổi gần nhất trong tổng số 52.")
                .contains("href=\"/forms/" + form.group(1) + "?history=all#form-history\"");
        assertThat(Pattern.compile("border-start ps-2")
                        .matcher(recent)
                        .results()
                        .count())
                .isEqualTo(RECENT);
        String all = reporter.get("/forms/" + form.group(1) + "?history=all").body();
        assertThat(Pattern.compile("border-start ps-2").matcher(all).results().count())
                .isEqualTo(52);
        assertThat(all).doesNotContain("id=\"history-more\"");
    }

    private static final int RECENT = 50;
}
