package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.shared.WebClient;

/**
 * A town sees its wards' figures rolled up on its own form, without entering them again: a count summed, a ratio
 * summed part by part, wards meeting a threshold counted; only what a ward's head submitted counts. A consolidation
 * that does not fit its criterion is refused at import, naming the row and the column.
 */
class ConsolidationIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "mật khẩu tổng hợp số liệu thị xã";

    @LocalServerPort
    int port;

    @Autowired
    Users accounts;

    @Autowired
    JdbcClient jdbc;

    private static String framework(String consolidationOfShare) {
        return """
                {"format": "dtihub-framework/1", "name": "Bộ chỉ số thử tổng hợp %s", "subjects": ["DISTRICT", "COMMUNE"],
                 "yearFrom": 2022, "yearTo": 2022, "criteria": [
                  {"code": "T", "name": "Tổng hợp", "maxPoints": 30},
                  {"code": "T.1", "parentCode": "T", "name": "Số thủ tục trực tuyến toàn trình", "maxPoints": 10,
                   "valueType": "COUNT", "rule": {"type": "CAPPED_COUNT", "pointsEach": 1}, "consolidation": "SUM"},
                  {"code": "T.2", "parentCode": "T", "name": "Tỷ lệ hồ sơ trực tuyến", "maxPoints": 10,
                   "valueType": "RATIO", "rule": {"type": "RATIO"}, "consolidation": "%s"},
                  {"code": "T.3", "parentCode": "T", "name": "Tỷ lệ hồ sơ trực tuyến đạt 80%%", "maxPoints": 10,
                   "valueType": "RATIO", "rule": {"type": "RATIO"}, "consolidation": "COUNT_MEETING:80"}]}""".formatted(consolidationOfShare, consolidationOfShare);
    }

    private long criterion(WebClient client, long framework, String code) {
        for (JsonNode c : JSON.readTree(
                client.getJson("/api/v1/frameworks/" + framework + "/criteria").body())) {
            if (code.equals(c.get("code").asString())) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    private void submitted(long form, long criterion, String number, String denominator, String status) {
        jdbc.sql("""
                        insert into reported_value (form_id, criterion_id, number_value, denominator, updated_by)
                        values (:f, :c, cast(:n as numeric), cast(:d as numeric), 'phường (thử)')""")
                .param("f", form)
                .param("c", criterion)
                .param("n", number)
                .param("d", denominator)
                .update();
        jdbc.sql("update report_form set status = :s where id = :f")
                .param("s", status)
                .param("f", form)
                .update();
    }

    @Test
    void aTownSeesItsWardsFiguresRolledUpAndSavesThemWithOneClick() {
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        HttpResponse<String> wrong =
                office.sendJson("POST", "/api/v1/frameworks/import?dryRun=true", framework("AVERAGE"));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
        assertThat(wrong.body()).contains("consolidation", "a ratio rolls up by SUM");

        HttpResponse<String> imported = office.sendJson("POST", "/api/v1/frameworks/import", framework("SUM"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        long fw = JSON.readTree(imported.body()).get("id").asLong();
        assertThat(office.sendJson("POST", "/api/v1/frameworks/" + fw + "/publish", "{}")
                        .statusCode())
                .isEqualTo(200);
        // The xlsx template carries the consolidation in its own column and reads it back.
        HttpResponse<byte[]> xlsx = office.getBytes("/api/v1/frameworks/" + fw + "/export?format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        HttpResponse<String> again =
                office.postMultipart("/api/v1/frameworks/import", Map.of(), "file", "tong-hop.xlsx", xlsx.body());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        long copy = JSON.readTree(again.body()).get("id").asLong();
        assertThat(office.getJson("/api/v1/frameworks/" + copy + "/export?format=json")
                        .body())
                .contains("\"consolidation\" : \"COUNT_MEETING:80\"", "\"consolidation\" : \"SUM\"");
        long count = criterion(office, fw, "T.1");
        long share = criterion(office, fw, "T.2");
        long meeting = criterion(office, fw, "T.3");
        long period = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/periods",
                                "{\"frameworkId\":" + fw + ",\"kind\":\"QUARTER\",\"year\":2022,\"quarter\":1}")
                        .body())
                .get("id")
                .asLong();

        long town = -1;
        List<Long> wards = new ArrayList<>();
        for (JsonNode f : JSON.readTree(
                office.getJson("/api/v1/periods/" + period + "/completeness").body())) {
            JsonNode form = f.get("form");
            if (form.hasNonNull("agencyId")) {
                continue;
            }
            if ("DISTRICT".equals(form.get("level").asString())) {
                town = form.get("id").asLong();
            } else {
                wards.add(form.get("id").asLong());
            }
        }
        assertThat(wards).hasSizeGreaterThan(3);
        // Two wards submitted; a third typed figures but its head has not signed them off.
        submitted(wards.get(0), count, "12", null, "SUBMITTED");
        submitted(wards.get(0), share, "45", "50", "SUBMITTED");
        submitted(wards.get(0), meeting, "45", "50", "SUBMITTED");
        submitted(wards.get(1), count, "30", null, "APPROVED");
        submitted(wards.get(1), share, "5", "50", "APPROVED");
        submitted(wards.get(1), meeting, "5", "50", "APPROVED");
        submitted(wards.get(2), count, "1000", null, "DRAFT");

        Map<String, JsonNode> lines = new java.util.HashMap<>();
        for (JsonNode l :
                JSON.readTree(office.getJson("/api/v1/forms/" + town).body()).get("lines")) {
            lines.put(l.get("code").asString(), l.get("consolidated"));
        }
        assertThat(lines.get("T.1").get("value").asString()).isEqualTo("42");
        assertThat(lines.get("T.1").get("counted").asInt()).isEqualTo(2);
        assertThat(lines.get("T.1").get("units").asInt()).isEqualTo(wards.size());
        assertThat(lines.get("T.2").get("value").asString())
                .as("45/50 and 5/50 make 50/100, not the mean of 90 %% and 10 %%")
                .isEqualTo("50/100");
        assertThat(lines.get("T.3").get("value").asString())
                .as("one ward of two reaches 80 %")
                .isEqualTo("1/2");
        assertThat(lines.get("T.1").get("explained").asString()).isEqualTo("tổng của các đơn vị cấp dưới");

        // The town's own reporter sees the figure on the page and saves it with one click.
        if (accounts.list(TestPrincipal.admin(), "nghison.tonghop", 0, 1).isEmpty()) {
            accounts.create(
                    TestPrincipal.admin(),
                    new UserInput(
                            "nghison.tonghop",
                            "Cán bộ tổng hợp thị xã (thử)",
                            null,
                            Role.REPORTER,
                            "407",
                            "pre2025",
                            null,
                            PASSWORD,
                            true));
        }
        WebClient reporter = WebClient.signedIn(port, "nghison.tonghop", PASSWORD);
        String page = reporter.get("/forms/" + town).body();
        assertThat(page)
                .contains("id=\"cons-" + count + "\"", "<strong>42</strong>", "2/" + wards.size())
                .contains("use-consolidated");
        HttpResponse<String> used = reporter.postForm(
                "/forms/" + town + "/values/" + share, Map.of("version", "0", "number", "50", "denominator", "100"));
        assertThat(used.statusCode()).isEqualTo(302);
        JsonNode saved = null;
        for (JsonNode l :
                JSON.readTree(office.getJson("/api/v1/forms/" + town).body()).get("lines")) {
            if (l.get("criterionId").asLong() == share) {
                saved = l;
            }
        }
        assertThat(saved.get("value").asString()).isEqualTo("50/100");
        assertThat(saved.get("points").decimalValue()).isEqualByComparingTo("5");

        // A ward's own form rolls nothing up (nothing is below it).
        for (JsonNode l : JSON.readTree(
                        office.getJson("/api/v1/forms/" + wards.get(0)).body())
                .get("lines")) {
            assertThat(l.hasNonNull("consolidated")).isFalse();
        }
    }
}
