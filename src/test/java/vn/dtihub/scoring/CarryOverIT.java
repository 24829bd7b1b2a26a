package vn.dtihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/**
 * Years before 1 July 2025 on the provincial DTI of Decision 922: a national period over the 63 provinces of the time,
 * ranked among them; a current province's period over the provinces it was formed from; and the carry-over of their
 * results to today's provinces, from every period of the year, saying when only some predecessors have a result.
 */
class CarryOverIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final String PASSWORD = "Một mật khẩu đủ dài cho văn phòng thường trực";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long framework922(WebClient client) {
        for (JsonNode f : JSON.readTree(client.getJson("/api/v1/frameworks").body())) {
            if (f.get("name").asString().contains("922/QĐ-BTTTT")
                    && "PUBLISHED".equals(f.get("status").asString())) {
                return f.get("id").asLong();
            }
        }
        throw new AssertionError("the 922 sample framework");
    }

    private WebClient office(String username, String unitCode, String structure) {
        WebClient admin = WebClient.api(port, "admin", DEMO_PASSWORD);
        HttpResponse<String> created = admin.sendJson(
                "POST",
                "/api/v1/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"Văn phòng thường trực (thử)\","
                        + "\"role\":\"STANDING_OFFICE\",\"unitCode\":\"" + unitCode + "\",\"structure\":\"" + structure
                        + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.statusCode()).as(created.body()).isIn(201, 400);
        return WebClient.api(port, username, PASSWORD);
    }

    private static long openYear(WebClient client, long framework, int year) {
        HttpResponse<String> opened = client.sendJson(
                "POST",
                "/api/v1/periods",
                "{\"frameworkId\":" + framework + ",\"kind\":\"YEAR\",\"year\":" + year + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return JSON.readTree(opened.body()).get("id").asLong();
    }

    /** The province's form of a period: approved with its nine main-index values, or left as it is when null. */
    private void report(long period, String oldProvince, String... indices) {
        long form = jdbc.sql("""
                        select r.id from report_form r join admin_unit u on u.id = r.subject_unit_id
                         where r.period_id = :p and r.agency_id is null and u.structure = 'pre2025' and u.code = :c""")
                .param("p", period)
                .param("c", oldProvince)
                .query(Long.class)
                .single();
        List<String> codes = List.of("1", "2", "3", "4", "5", "7", "8", "9");
        for (int i = 0; i < codes.size(); i++) {
            jdbc.sql("""
                            insert into reported_value (form_id, criterion_id, number_value, updated_by)
                            select :f, c.id, cast(:n as numeric), 'tỉnh (thử)' from criterion c
                              join reporting_period p on p.framework_id = c.framework_id
                             where p.id = :p and c.code = :code""")
                    .param("f", form)
                    .param("n", indices[i])
                    .param("p", period)
                    .param("code", codes.get(i))
                    .update();
        }
        jdbc.sql("update report_form set status = 'APPROVED' where id = :f")
                .param("f", form)
                .update();
    }

    private static Map<String, BigDecimal> dti(JsonNode results) {
        Map<String, BigDecimal> out = new java.util.HashMap<>();
        for (JsonNode u : results.get("units")) {
            for (JsonNode v : u.get("views")) {
                if (v.get("overall").asBoolean()) {
                    out.put(u.get("unitPath").asString(), v.get("index").decimalValue());
                }
            }
        }
        return out;
    }

    private static JsonNode carriedTo(WebClient client, long period, String newCode, boolean partial) {
        HttpResponse<String> r =
                client.getJson("/api/v1/results/carried?period=" + period + (partial ? "&partial=true" : ""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        for (JsonNode c : JSON.readTree(r.body())) {
            if (newCode.equals(c.get("code").asString())) {
                return c;
            }
        }
        return null;
    }

    private static BigDecimal index(JsonNode carried, String view) {
        for (JsonNode v : carried.get("views")) {
            if (view.equals(v.get("view").asString())) {
                return v.get("index").decimalValue();
            }
        }
        throw new AssertionError(view);
    }

    /** DTI = (100 × (NT+TC+HT+NL+ATTT) + 200 × HĐ_CQS + 150 × HĐ_KTS + 150 × HĐ_XHS) / 1000, on the 0–1 indices. */
    private static BigDecimal formula(String... v) {
        BigDecimal foundation = BigDecimal.ZERO;
        for (int i = 0; i < 5; i++) {
            foundation = foundation.add(new BigDecimal(v[i]));
        }
        return foundation
                .multiply(BigDecimal.valueOf(100))
                .add(new BigDecimal(v[5]).multiply(BigDecimal.valueOf(200)))
                .add(new BigDecimal(v[6]).multiply(BigDecimal.valueOf(150)))
                .add(new BigDecimal(v[7]).multiply(BigDecimal.valueOf(150)))
                .divide(BigDecimal.valueOf(1000), MathContext.DECIMAL128);
    }

    @Test
    void aNationalPeriodOf2022IsOverThe63ProvincesOfThenAndItsPartialCarryOverSaysSo() throws Exception {
        WebClient admin = WebClient.api(port, "admin", DEMO_PASSWORD);
        long framework = framework922(admin);
        long period = openYear(admin, framework, 2022);
        JsonNode opened =
                JSON.readTree(admin.getJson("/api/v1/periods/" + period).body());
        assertThat(opened.get("structure").asString()).isEqualTo("PRE2025");
        assertThat(opened.get("scopePath").asString()).isEqualTo("pre2025/");
        List<String> subjects = jdbc.sql("select subject_path from report_form where period_id = :p")
                .param("p", period)
                .query(String.class)
                .list();
        assertThat(subjects).hasSize(63).allMatch(p -> p.startsWith("pre2025/"));

        // Old Hà Giang (02) reported; old Tuyên Quang (08), merged with it into today's Tuyên Quang, did not. Hà Nội
        // (01) and Thanh Hóa (38), each today's province alone, reported too.
        String[] haGiang = {"0.4123", "0.5", "0.6", "0.45", "0.7", "0.35", "0.1235", "0.2"};
        String[] haNoi = {"0.9", "0.9", "0.9", "0.9", "0.9", "0.9", "0.9", "0.9"};
        String[] thanhHoa = {"0.6", "0.6", "0.6", "0.6", "0.6", "0.6", "0.6", "0.6"};
        report(period, "02", haGiang);
        report(period, "01", haNoi);
        report(period, "38", thanhHoa);
        assertThat(admin.sendJson("POST", "/api/v1/periods/" + period + "/scores", "{}")
                        .statusCode())
                .isEqualTo(200);

        JsonNode results = JSON.readTree(admin.getJson("/api/v1/results?period=" + period + "&level=PROVINCE")
                .body());
        assertThat(results.get("units"))
                .as("a ranking of the 63 provinces of 2022")
                .hasSize(63);
        Map<String, BigDecimal> dti = dti(results);
        assertThat(dti.get("pre2025/02/"))
                .as("the engine's index is the 922 formula at full precision")
                .isEqualByComparingTo(formula(haGiang));

        // Today's Tuyên Quang has only one of its two predecessors' results: said, and not ranked unless asked.
        JsonNode tuyenQuang = carriedTo(admin, period, "08", false);
        assertThat(tuyenQuang.get("predecessors").asInt()).isEqualTo(2);
        assertThat(tuyenQuang.get("withResult").asInt()).isEqualTo(1);
        assertThat(tuyenQuang.get("complete").asBoolean()).isFalse();
        assertThat(tuyenQuang.get("missing").toString()).contains("Tuyên Quang");
        assertThat(tuyenQuang.path("rank").isMissingNode()
                        || tuyenQuang.path("rank").isNull())
                .as("no rank")
                .isTrue();
        assertThat(index(tuyenQuang, "DTI"))
                .as("the one result it has, not a mean with a silent zero")
                .isEqualByComparingTo(formula(haGiang));
        JsonNode included = carriedTo(admin, period, "08", true);
        assertThat(included.get("rank").asInt()).isPositive();

        JsonNode haNoiNow = carriedTo(admin, period, "01", false);
        assertThat(haNoiNow.get("complete").asBoolean()).isTrue();
        assertThat(haNoiNow.get("rank").asInt()).isEqualTo(1);

        // The page and the xlsx say it too.
        WebClient page = WebClient.signedIn(port, "admin", DEMO_PASSWORD);
        assertThat(page.get("/periods/" + period + "/results/carried").body())
                .contains("carried-partial", "1/2 đơn vị cũ có kết quả", "Tỉnh Tuyên Quang", "id=\"carried-include\"");
        HttpResponse<byte[]> xlsx = page.getBytes("/periods/" + period + "/results/carried/export");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row ->
                            row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertThat(text).contains("1/2 đơn vị cũ có kết quả", "Tỉnh Tuyên Quang");
        }
    }

    @Test
    void aCurrentProvinceOpensAPastYearOverTheProvincesItWasFormedFrom() {
        WebClient tuyenQuang = office("tuyenquang.cds", "08", "current");
        long framework = framework922(tuyenQuang);
        long period = openYear(tuyenQuang, framework, 2021);
        List<String> subjects = jdbc.sql("select subject_path from report_form where period_id = :p order by 1")
                .param("p", period)
                .query(String.class)
                .list();
        assertThat(subjects).containsExactly("pre2025/02/", "pre2025/08/");
        String[] a = {"0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5001"};
        String[] b = {"0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5"};
        report(period, "02", a);
        report(period, "08", b);
        assertThat(tuyenQuang
                        .sendJson("POST", "/api/v1/periods/" + period + "/scores", "{}")
                        .statusCode())
                .isEqualTo(200);
        JsonNode results = JSON.readTree(tuyenQuang
                .getJson("/api/v1/results?period=" + period + "&level=PROVINCE")
                .body());
        assertThat(results.get("units")).as("ranked among the two").hasSize(2);
        for (JsonNode u : results.get("units")) {
            int rank = u.get("views").get(0).get("rank").asInt();
            // 0,500015 against 0,5: both published 0,5000, ranked apart on the unrounded value.
            assertThat(rank).isEqualTo(u.get("unitPath").asString().equals("pre2025/02/") ? 1 : 2);
        }
        JsonNode carried = carriedTo(tuyenQuang, period, "08", false);
        assertThat(carried.get("complete").asBoolean()).isTrue();
        assertThat(carried.get("withResult").asInt()).isEqualTo(2);
        // The mean of 0,500015 and 0,5, kept: 0,5000075, shown 0,5000 (4 decimals, never cut to 2).
        assertThat(index(carried, "DTI")).isEqualByComparingTo("0.5000075");
        WebClient page = WebClient.signedIn(port, "tuyenquang.cds", PASSWORD);
        assertThat(page.get("/periods/" + period + "/results/carried").body())
                .contains("0,5000", "Tỉnh Tuyên Quang")
                .doesNotContain("carried-partial\"");
        assertThat(page.get("/periods").body())
                .as("the period is marked as over the old units")
                .contains("pre2025");
    }

    @Test
    void twoOldProvincesScoredEachInItsOwnPeriodAreCarriedTogether() {
        WebClient haGiang = office("hagiang.cds", "02", "pre2025");
        WebClient oldTuyenQuang = office("tuyenquang.cu.cds", "08", "pre2025");
        long framework = framework922(haGiang);
        long first = openYear(haGiang, framework, 2023);
        long second = openYear(oldTuyenQuang, framework, 2023);
        String[] a = {"0.8", "0.7", "0.6", "0.5", "0.4", "0.3", "0.2", "0.1235"};
        String[] b = {"0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"};
        report(first, "02", a);
        report(second, "08", b);
        assertThat(haGiang.sendJson("POST", "/api/v1/periods/" + first + "/scores", "{}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(oldTuyenQuang
                        .sendJson("POST", "/api/v1/periods/" + second + "/scores", "{}")
                        .statusCode())
                .isEqualTo(200);
        WebClient today = office("tuyenquang.cds", "08", "current");
        BigDecimal mean = formula(a).add(formula(b)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
        for (long period : List.of(first, second)) {
            JsonNode carried = carriedTo(today, period, "08", false);
            assertThat(carried).as("carried from period %s", period).isNotNull();
            assertThat(carried.get("withResult").asInt()).isEqualTo(2);
            assertThat(carried.get("complete").asBoolean()).isTrue();
            assertThat(index(carried, "DTI")).isEqualByComparingTo(mean);
        }
        // Another province's office sees nothing of it.
        WebClient thanhHoa = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        assertThat(thanhHoa.getJson("/api/v1/results/carried?period=" + first).statusCode())
                .isEqualTo(404);
    }
}
