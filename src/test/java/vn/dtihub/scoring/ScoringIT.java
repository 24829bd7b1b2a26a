package vn.dtihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.scoring.domain.ScoreJobs;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/**
 * From approved values to stored, versioned, explained scores: an approval marks the period, the job computes it,
 * communes are ranked among their like, the same inputs give no new run, changed inputs a new one with the old kept,
 * a value of the wrong type is refused naming the criterion and the unit with nothing stored, and each reader sees
 * only the units of their scope.
 */
class ScoringIT extends IntegrationTest {

    /** Figures are read as the API writes them, at full precision, not as doubles. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScoreJobs jobs;

    @Autowired
    vn.dtihub.units.Units units;

    @Autowired
    vn.dtihub.plans.Plans plans;

    @Autowired
    vn.dtihub.plans.domain.PlanHeaders planHeaders;

    private long criterion(long framework, String code) {
        return jdbc.sql("select id from criterion where framework_id = :f and code = :c")
                .param("f", framework)
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private void value(long form, long criterion, String number, String denominator, Boolean yes) {
        jdbc.sql("""
                        insert into reported_value (form_id, criterion_id, number_value, denominator, yes_value, updated_by)
                        values (:f, :c, cast(:n as numeric), cast(:d as numeric), :y, 'xã (thử)')
                        on conflict (form_id, criterion_id) do update set number_value = excluded.number_value,
                            denominator = excluded.denominator, yes_value = excluded.yes_value""")
                .param("f", form)
                .param("c", criterion)
                .param("n", number)
                .param("d", denominator)
                .param("y", yes)
                .update();
    }

    private void status(long form, String status) {
        jdbc.sql("update report_form set status = :s where id = :f")
                .param("s", status)
                .param("f", form)
                .update();
    }

    private static Map<Long, JsonNode> byUnit(JsonNode results) {
        Map<Long, JsonNode> out = new HashMap<>();
        for (JsonNode u : results.get("units")) {
            out.put(u.get("unitId").asLong(), u);
        }
        return out;
    }

    private static JsonNode overall(JsonNode unit) {
        for (JsonNode v : unit.get("views")) {
            if (v.get("overall").asBoolean()) {
                return v;
            }
        }
        throw new AssertionError("no overall view");
    }

    @Test
    void approvedValuesBecomeRankedExplainedScoresInVersionedRuns() throws Exception {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long framework = SamplePeriods.communeFramework(office);
        long period = SamplePeriods.openQuarter(office, framework, 2035, 1);
        assertThat(JSON.readTree(office.getJson("/api/v1/results?period=" + period)
                                .body())
                        .hasNonNull("run"))
                .as("nothing computed before any approval")
                .isFalse();

        // Phường Hải Bình and two communes of the same kind report; the others report nothing yet.
        long haibinh = jdbc.sql("""
                        select r.id from report_form r join admin_unit u on u.id = r.subject_unit_id
                        where r.period_id = :p and r.agency_id is null and u.code = '16645'""").param("p", period).query(Long.class).single();
        List<Long> others = jdbc.sql("""
                        select r.id from report_form r join admin_unit u on u.id = r.subject_unit_id
                        where r.period_id = :p and r.agency_id is null and u.code <> '16645'
                          and u.kind = (select kind from admin_unit a join report_form f on f.subject_unit_id = a.id
                                        where f.id = :h)
                        order by r.id limit 3""")
                .param("p", period)
                .param("h", haibinh)
                .query(Long.class)
                .list();
        long tc1 = criterion(framework, "TC.1");
        long ht1 = criterion(framework, "HT.1");
        long ht2 = criterion(framework, "HT.2");
        value(haibinh, tc1, null, null, true);
        value(haibinh, ht1, "45", "50", null);
        // What backs Hải Bình's HT.1: a decision in its library, cited by the value.
        long decision = jdbc.sql("""
                        insert into evidence_document (owner_path, kind, number, issued_on, issuer, summary, created_by)
                        values (:path, 'DECISION', '51/QĐ-UBND', date '2035-02-07', 'UBND phường',
                                'Danh mục dịch vụ công trực tuyến toàn trình', 'xã (thử)') returning id""")
                .param(
                        "path",
                        units.get(vn.dtihub.units.Structure.CURRENT, "16645").path())
                .query(Long.class)
                .single();
        jdbc.sql("insert into value_citation (form_id, criterion_id, document_id) values (:f, :c, :d)")
                .param("f", haibinh)
                .param("c", ht1)
                .param("d", decision)
                .update();
        value(others.get(0), tc1, null, null, true);
        value(others.get(0), ht1, "25", "50", null);
        value(others.get(1), tc1, null, null, false);
        value(others.get(1), ht1, "50", "50", null);
        status(others.get(0), "APPROVED");
        status(others.get(1), "APPROVED");
        // Hải Bình's form goes through the office's hands: its approval is what starts the computation.
        status(haibinh, "SUBMITTED");
        JsonNode review =
                JSON.readTree(office.sendJson("POST", "/api/v1/forms/" + haibinh + "/review", "{\"version\":0}")
                        .body());
        HttpResponse<String> approved = office.sendJson(
                "POST",
                "/api/v1/forms/" + haibinh + "/approve",
                "{\"version\":" + review.get("version").asInt() + "}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        for (int i = 0; i < 100 && !pending(period); i++) {
            Thread.sleep(50);
        }
        assertThat(pending(period)).as("the approval marked the period").isTrue();
        assertThat(jobs.drain()).isGreaterThanOrEqualTo(1);

        JsonNode results =
                JSON.readTree(office.getJson("/api/v1/results?period=" + period).body());
        assertThat(results.get("run").get("version").asInt()).isEqualTo(1);
        assertThat(results.get("run").get("provisional").asBoolean())
                .as("a quarter's scores")
                .isTrue();
        long communes = jdbc.sql("select count(*) from report_form where period_id = :p and agency_id is null")
                .param("p", period)
                .query(Long.class)
                .single();
        assertThat(results.get("units")).hasSize((int) communes);
        Map<Long, JsonNode> units = byUnit(results);
        long hb = unitOf(haibinh);
        // 50 + 45 = 95 of 1 000; 50 + 25 = 75; 0 + 50 = 50; the rest nothing approved: 0.
        assertThat(overall(units.get(hb)).get("index").decimalValue()).isEqualByComparingTo("0.095");
        assertThat(overall(units.get(hb)).get("rank").asInt()).isEqualTo(1);
        assertThat(overall(units.get(unitOf(others.get(0)))).get("rank").asInt())
                .isEqualTo(2);
        assertThat(overall(units.get(unitOf(others.get(1)))).get("rank").asInt())
                .isEqualTo(3);
        JsonNode silent = overall(units.get(unitOf(others.get(2))));
        assertThat(silent.get("rank").asInt())
                .as("all the silent ones tie, after the three")
                .isEqualTo(4);
        String group = units.get(hb).get("peerGroup").asString();
        long peers = units.values().stream()
                .filter(u -> group.equals(u.path("peerGroup").asString()))
                .count();
        assertThat(overall(units.get(hb)).get("peers").asInt())
                .as("ranked among its like")
                .isEqualTo((int) peers);
        assertThat(peers).isLessThan(communes);

        // The same results asked by framework and by scope (a unit code): a subtree, another province's code, a
        // framework that is not the period's.
        JsonNode byFramework = JSON.readTree(
                office.getJson("/api/v1/results?framework=" + framework).body());
        assertThat(byFramework.hasNonNull("run"))
                .as("the framework's latest scored period")
                .isTrue();
        assertThat(jdbc.sql("select framework_id from reporting_period where id = :p")
                        .param("p", byFramework.get("periodId").asLong())
                        .query(Long.class)
                        .single())
                .isEqualTo(framework);
        JsonNode ward = JSON.readTree(
                office.getJson("/api/v1/results?framework=" + framework + "&period=" + period + "&scope=16645")
                        .body());
        assertThat(ward.get("units")).hasSize(1);
        assertThat(ward.get("units").get(0).get("unitId").asLong()).isEqualTo(hb);
        assertThat(JSON.readTree(office.getJson("/api/v1/results?period=" + period + "&scope=38")
                                .body())
                        .get("units"))
                .as("the whole province")
                .hasSize((int) communes);
        assertThat(office.getJson("/api/v1/results?period=" + period + "&scope=01")
                        .statusCode())
                .as("Hà Nội is not Thanh Hóa's to read")
                .isEqualTo(404);
        assertThat(office.getJson("/api/v1/results?period=" + period + "&scope=99999")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> mismatch =
                office.getJson("/api/v1/results?period=" + period + "&framework=" + (framework + 100_000));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("framework");
        assertThat(office.getJson("/api/v1/results").statusCode()).isEqualTo(400);

        // The explanation: each criterion with its value, the rule, the points.
        JsonNode explained = JSON.readTree(office.getJson("/api/v1/results/" + hb + "/explain?period=" + period)
                .body());
        JsonNode line = null;
        for (JsonNode c : explained.get("criteria")) {
            if ("HT.1".equals(c.get("code").asString())) {
                line = c;
            }
        }
        assertThat(line.get("value").asString()).isEqualTo("45/50");
        assertThat(line.get("percent").decimalValue())
                .as("the worked example: 90% → 45/50")
                .isEqualByComparingTo("90");
        assertThat(line.get("points").decimalValue()).isEqualByComparingTo("45");
        assertThat(line.get("max").decimalValue()).isEqualByComparingTo("50");
        assertThat(line.get("rule").asString()).contains("a/b × 50");
        assertThat(line.get("basis").asString()).isEqualTo("VALUE");
        assertThat(line.get("evidence").get(0).get("title").asString())
                .as("what backs the value")
                .startsWith("Quyết định số 51/QĐ-UBND ngày 7/2/2035 của UBND phường");
        assertThat(JSON.readTree(office.getJson("/api/v1/results/" + hb + "/explain")
                                .body())
                        .get("periodId")
                        .asLong())
                .as("without a period: the latest that scores the unit")
                .isEqualTo(period);

        // The same inputs give the same run; a changed value gives run 2, and run 1 is kept.
        assertThat(JSON.readTree(office.sendJson("POST", "/api/v1/periods/" + period + "/scores", "{}")
                                .body())
                        .get("version")
                        .asInt())
                .isEqualTo(1);
        value(others.get(1), ht1, "10", "50", null);
        assertThat(JSON.readTree(office.sendJson("POST", "/api/v1/periods/" + period + "/scores", "{}")
                                .body())
                        .get("version")
                        .asInt())
                .isEqualTo(2);
        JsonNode runs = JSON.readTree(
                office.getJson("/api/v1/periods/" + period + "/scores/runs").body());
        assertThat(runs).hasSize(2);
        assertThat(jdbc.sql("select count(*) from unit_score s join score_run r on r.id = s.run_id"
                                + " where r.period_id = :p and r.version = 1")
                        .param("p", period)
                        .query(Long.class)
                        .single())
                .as("the first run's rows are kept")
                .isEqualTo(communes * 4);

        // A value of the wrong type: refused naming the criterion and the unit; nothing stored.
        value(others.get(2), ht2, "30", null, null);
        status(others.get(2), "APPROVED");
        HttpResponse<String> refused = office.sendJson("POST", "/api/v1/periods/" + period + "/scores", "{}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("HT.2", "a numerator and a denominator");
        assertThat(JSON.readTree(office.getJson("/api/v1/periods/" + period + "/scores/runs")
                        .body()))
                .hasSize(2);

        // Each reader sees the units of their scope: a ward's reporter its ward; another province nothing.
        JsonNode own = JSON.readTree(WebClient.api(port, "haibinh.baocao", DEMO_PASSWORD)
                .getJson("/api/v1/results?period=" + period)
                .body());
        assertThat(own.get("units")).hasSize(1);
        assertThat(own.get("units").get(0).get("unitId").asLong()).isEqualTo(hb);
        WebClient quangNgai = WebClient.api(port, "quangngai.xem", DEMO_PASSWORD);
        assertThat(quangNgai.getJson("/api/v1/results?period=" + period).statusCode())
                .isEqualTo(404);
        assertThat(quangNgai
                        .getJson("/api/v1/results/" + hb + "/explain?period=" + period)
                        .statusCode())
                .isEqualTo(404);
        assertThat(WebClient.api(port, "haibinh.baocao", DEMO_PASSWORD)
                        .sendJson("POST", "/api/v1/periods/" + period + "/scores", "{}")
                        .statusCode())
                .as("only the standing office computes")
                .isEqualTo(403);

        // What if the second ward had its HT.2 at 50/50: 125 points, first of its group; nothing saved.
        long b = unitOf(others.get(0));
        long valuesBefore = jdbc.sql("select count(*) from reported_value")
                .query(Long.class)
                .single();
        JsonNode whatIf = JSON.readTree(office.sendJson(
                        "POST",
                        "/api/v1/whatif",
                        "{\"periodId\":" + period + ",\"unitId\":" + b + ",\"values\":[{\"criterionId\":" + ht2
                                + ",\"number\":\"50\",\"denominator\":\"50\"}]}")
                .body());
        JsonNode now = overall(whatIf.get("now"));
        JsonNode then = null;
        for (JsonNode v : whatIf.get("then")) {
            if (v.get("overall").asBoolean()) {
                then = v;
            }
        }
        assertThat(now.get("rank").asInt()).isEqualTo(2);
        assertThat(then.get("points").decimalValue()).isEqualByComparingTo("125");
        assertThat(then.get("index").decimalValue()).isEqualByComparingTo("0.125");
        assertThat(then.get("rank").asInt()).isEqualTo(1);
        assertThat(then.get("rankChange").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from reported_value")
                        .query(Long.class)
                        .single())
                .isEqualTo(valuesBefore);
        assertThat(office.sendJson(
                                "POST",
                                "/api/v1/whatif",
                                "{\"periodId\":" + period + ",\"unitId\":" + b + ",\"values\":[{\"criterionId\":" + ht2
                                        + ",\"number\":\"nhiều\"}]}")
                        .statusCode())
                .isEqualTo(400);

        // What would move it: the criteria losing the most points, and the gap to first place (+20 points).
        JsonNode levers =
                JSON.readTree(office.getJson("/api/v1/results/" + b + "/levers?period=" + period + "&target=1")
                        .body());
        // Every criterion of the sample is worth 50 points: the first lever is a whole criterion not earned.
        assertThat(levers.get("criteria").get(0).get("atStake").decimalValue()).isEqualByComparingTo("50");
        assertThat(levers.get("gap").get("pointsNeeded").decimalValue()).isEqualByComparingTo("20");
        assertThat(levers.get("gap").get("criteria")).hasSize(1);
        assertThat(levers.get("gap").get("reachable").asBoolean()).isTrue();

        // How solid the ranks are: seeded draws give the same bands twice; Hải Bình's band starts at first place.
        String bands = office.getJson("/api/v1/rankings/" + period + "/robustness?draws=200&range=0.3&seed=5")
                .body();
        assertThat(bands)
                .isEqualTo(office.getJson("/api/v1/rankings/" + period + "/robustness?draws=200&range=0.3&seed=5")
                        .body());
        for (JsonNode band : JSON.readTree(bands).get("units")) {
            if (band.get("unitId").asLong() == hb) {
                assertThat(band.get("rank").asInt()).isEqualTo(1);
                assertThat(band.get("p5").asInt()).isEqualTo(1);
                assertThat(band.get("p95").asInt()).isGreaterThanOrEqualTo(1);
            }
        }
        assertThat(office.getJson("/api/v1/rankings/" + period + "/robustness?range=2")
                        .statusCode())
                .isEqualTo(400);
        assertThat(quangNgai
                        .getJson("/api/v1/rankings/" + period + "/robustness")
                        .statusCode())
                .isEqualTo(404);
        assertThat(quangNgai
                        .getJson("/api/v1/results/" + b + "/levers?period=" + period)
                        .statusCode())
                .isEqualTo(404);
        assertThat(quangNgai
                        .sendJson(
                                "POST",
                                "/api/v1/whatif",
                                "{\"periodId\":" + period + ",\"unitId\":" + b + ",\"values\":[]}")
                        .statusCode())
                .as("another province's office cannot try values on a Thanh Hóa ward")
                .isEqualTo(404);
        assertThat(quangNgai.getJson("/api/v1/results/carried?period=" + period).statusCode())
                .isEqualTo(404);

        // A peer group the office defines: its members ranked among themselves (the third ward first among two).
        HttpResponse<String> grouped = office.sendJson(
                "POST",
                "/api/v1/peer-groups",
                "{\"name\":\"Phường ven biển (thử)\",\"unitIds\":[" + unitOf(others.get(1)) + ","
                        + unitOf(others.get(2)) + "]}");
        assertThat(grouped.statusCode()).as(grouped.body()).isEqualTo(201);
        long groupId = JSON.readTree(grouped.body()).get("id").asLong();
        JsonNode within = JSON.readTree(office.getJson("/api/v1/results?period=" + period + "&group=" + groupId)
                .body());
        assertThat(within.get("units")).hasSize(2);
        assertThat(overall(byUnit(within).get(unitOf(others.get(1))))
                        .get("rank")
                        .asInt())
                .isEqualTo(1);
        assertThat(overall(byUnit(within).get(unitOf(others.get(1))))
                        .get("peers")
                        .asInt())
                .isEqualTo(2);
        assertThat(office.sendJson("POST", "/api/v1/peer-groups", "{\"name\":\"Một mình\",\"unitIds\":[" + hb + "]}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(quangNgai
                        .getJson("/api/v1/results?period=" + period + "&group=" + groupId)
                        .statusCode())
                .isEqualTo(404);
        assertThat(quangNgai.getJson("/api/v1/peer-groups").body()).doesNotContain("Phường ven biển");

        // The pages: the ranking (sortable by pillar, by peer group, in xlsx) and the scorecard.
        WebClient page = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        String ranking = page.get("/periods/" + period + "/results?sort=P.CQS&group="
                        + java.net.URLEncoder.encode(group, java.nio.charset.StandardCharsets.UTF_8))
                .body();
        assertThat(ranking)
                .contains("id=\"results-table\"", "Tạm tính", "Lần tính thứ 2", "Phường Hải Bình")
                .contains("href=\"/periods/" + period + "/results/" + hb + "\"");
        assertThat(ranking.indexOf("Phường Hải Bình"))
                .as("Hải Bình leads its group")
                .isLessThan(ranking.indexOf("/results/" + unitOf(others.get(0)) + "\""));
        HttpResponse<String> defined = page.send(
                "POST",
                "/periods/" + period + "/results/groups",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "X-CSRF-TOKEN", page.csrf()),
                "name=" + java.net.URLEncoder.encode("Xã miền núi (thử)", java.nio.charset.StandardCharsets.UTF_8)
                        + "&unit=" + hb + "&unit=" + unitOf(others.get(0)));
        assertThat(defined.statusCode()).isEqualTo(302);
        String location = defined.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("group=g");
        String withinPage =
                page.get(location.replaceFirst("^https?://[^/]+", "")).body();
        assertThat(withinPage).contains("Xã miền núi (thử)");
        assertThat(Pattern.compile("name=\"unit\"")
                        .matcher(withinPage)
                        .results()
                        .count())
                .as("the group's two members, ranked among themselves")
                .isEqualTo(2);
        HttpResponse<byte[]> xlsx = page.getBytes("/periods/" + period + "/results/export");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(1) != null
                        && "Phường Hải Bình".equals(row.getCell(1).toString())) {
                    found = true;
                    assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1.0);
                }
            }
            assertThat(found).as("Hải Bình's row in the xlsx").isTrue();
        }
        String card = page.get("/periods/" + period + "/results/" + hb).body();
        assertThat(card)
                .contains("id=\"scorecard-table\"", "45/50", "(90,0%)", "a/b × 50", "0,0950")
                .contains("Quyết định số 51/QĐ-UBND ngày 7/2/2035 của UBND phường: Danh mục dịch vụ công")
                .contains("Hạng 1/" + peers);
        // The scorecard of the second ward: what would move it, the gap to first place, the sandbox.
        String levered =
                page.get("/periods/" + period + "/results/" + b + "?target=1").body();
        assertThat(levered).contains("id=\"levers-table\"", "Để đạt hạng 1 cần thêm 20,00 điểm", "id=\"whatif-form\"");
        HttpResponse<String> tried = page.send(
                "POST",
                "/periods/" + period + "/results/" + b + "/whatif",
                Map.of(
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "HX-Request",
                        "true",
                        "X-CSRF-TOKEN",
                        page.csrf()),
                "v-" + ht2 + "-n=50&v-" + ht2 + "-d=50");
        assertThat(tried.body().strip())
                .startsWith("<div id=\"whatif\"")
                .contains("0,0750", "0,1250", "▲1")
                .doesNotContain("<html");
        HttpResponse<String> stray = page.send(
                "POST",
                "/periods/" + period + "/results/" + b + "/whatif",
                Map.of(
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "HX-Request",
                        "true",
                        "X-CSRF-TOKEN",
                        page.csrf()),
                "v-" + ht2 + "-n=50&v-" + ht2 + "-d=50&v-abc-n=1");
        assertThat(stray.statusCode())
                .as("a field not the sandbox's is ignored")
                .isEqualTo(200);
        assertThat(stray.body()).contains("0,1250");
        assertThat(page.get("/periods/" + period + "/results?range=20").body())
                .contains("id=\"bands-help\"", "class=\"band\"");

        assertThat(levered).as("the office may turn a lever into a task").contains("make-task");
        assertThat(WebClient.signedIn(port, "haibinh.baocao", DEMO_PASSWORD)
                        .get("/periods/" + period + "/results/" + hb)
                        .body())
                .as("a ward's reporter reads its levers, without the button that writes to a plan")
                .contains("id=\"levers-table\"")
                .doesNotContain("make-task");
        // A lever becomes a task of the ward's plan; without a plan in force, the page says so.
        long kts1 = criterion(framework, "KTS.1");
        HttpResponse<String> noPlan = page.postForm(
                "/periods/" + period + "/results/" + hb + "/task", Map.of("criterionId", String.valueOf(kts1)));
        assertThat(noPlan.statusCode()).isEqualTo(302);
        assertThat(page.get("/periods/" + period + "/results/" + hb).body())
                .contains("Đơn vị chưa có kế hoạch còn hiệu lực cho năm:</span> <span>2035</span>");
        String wardPath =
                this.units.get(vn.dtihub.units.Structure.CURRENT, "16645").path();
        long plan = planHeaders
                .create(
                        new vn.dtihub.shared.TestPrincipal(
                                0,
                                "haibinh.kehoach",
                                new vn.dtihub.shared.Scope(false, List.of(wardPath), true, null),
                                true,
                                true,
                                wardPath),
                        new vn.dtihub.plans.PlanHeader(
                                null,
                                "Kế hoạch CĐS phường Hải Bình năm 2035 (thử)",
                                vn.dtihub.plans.PlanKind.YEARLY,
                                null,
                                null,
                                2035,
                                2035),
                        List.of())
                .id();
        HttpResponse<String> made = page.postForm(
                "/periods/" + period + "/results/" + hb + "/task", Map.of("criterionId", String.valueOf(kts1)));
        assertThat(made.statusCode()).isEqualTo(302);
        assertThat(made.headers().firstValue("Location").orElse("")).endsWith("/plans/" + plan);
        assertThat(jdbc.sql("""
                        select t.text from plan_task t join plan_task_criterion c on c.task_id = t.id
                        where t.plan_id = :p and c.criterion_id = :c""")
                        .param("p", plan)
                        .param("c", kts1)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith("Nâng điểm tiêu chí KTS.1");

        assertThat(WebClient.signedIn(port, "haibinh.baocao", DEMO_PASSWORD)
                        .get("/periods/" + period + "/results/" + unitOf(others.get(0)))
                        .statusCode())
                .as("a ward reads its own scorecard, not its neighbour's")
                .isEqualTo(404);

        // The same quarter a year earlier, scored: the scorecard compares with it, criterion by criterion.
        long lastYear = SamplePeriods.openQuarter(office, framework, 2034, 1);
        long haibinhLastYear =
                jdbc.sql("""
                        select r.id from report_form r join admin_unit u on u.id = r.subject_unit_id
                        where r.period_id = :p and r.agency_id is null and u.code = '16645'""").param("p", lastYear).query(Long.class).single();
        value(haibinhLastYear, ht1, "30", "50", null);
        status(haibinhLastYear, "APPROVED");
        assertThat(office.sendJson("POST", "/api/v1/periods/" + lastYear + "/scores", "{}")
                        .statusCode())
                .isEqualTo(200);
        JsonNode compared = JSON.readTree(office.getJson("/api/v1/results/" + hb + "/explain?period=" + period)
                .body());
        assertThat(overall(compared.get("lastYear")).get("index").decimalValue())
                .isEqualByComparingTo("0.03");
        for (JsonNode c : compared.get("criteria")) {
            if ("HT.1".equals(c.get("code").asString())) {
                assertThat(c.get("lastYearPoints").decimalValue()).isEqualByComparingTo("30");
            }
        }
        assertThat(page.get("/periods/" + period + "/results/" + hb).body()).contains("Cùng kỳ năm trước: 0,0300");

        // Public results: nothing until the standing office publishes; then the page and the open data, no login.
        WebClient anyone = new WebClient(port);
        assertThat(anyone.getJson("/api/v1/open/results?period=" + period).statusCode())
                .isEqualTo(404);
        assertThat(anyone.get("/public/results/" + period).statusCode()).isEqualTo(404);
        assertThat(anyone.getJson("/api/v1/open/periods").body()).doesNotContain("\"periodId\":" + period + ",");
        assertThat(WebClient.api(port, "haibinh.baocao", DEMO_PASSWORD)
                        .sendJson("POST", "/api/v1/periods/" + period + "/scores/publish", "{}")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> published = office.sendJson("POST", "/api/v1/periods/" + period + "/scores/publish", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(JSON.readTree(published.body()).hasNonNull("publishedAt")).isTrue();
        assertThat(anyone.getJson("/api/v1/open/periods").body()).contains("\"periodId\":" + period + ",");
        JsonNode open = JSON.readTree(anyone.getJson("/api/v1/open/results?period=" + period + "&format=json")
                .body());
        assertThat(open).hasSize((int) communes * 4);
        HttpResponse<String> csv = anyone.get("/api/v1/open/results?period=" + period + "&format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("period_id,period,framework,provisional,run_version,computed_at,published_at,unit_id,"
                        + "unit_code,unit_name,unit_path,peer_group,view_code,view_name,overall,points,max_points,"
                        + "index,rank,peers");
        assertThat(lines).hasSize((int) communes * 4 + 1);
        assertThat(csv.body()).contains(",16645,Phường Hải Bình,", ",true,95.00,1000,0.0950,1,");
        assertThat(anyone.get("/public/results/" + period).body())
                .contains("id=\"public-table\"", "Phường Hải Bình", "Tạm tính");
        assertThat(anyone.getJson("/api/v1/open/results?period=" + period + "&format=xml")
                        .statusCode())
                .isEqualTo(400);

        // The scorecard as PDF: the published one for anyone (points, no values); the full one for the office.
        HttpResponse<byte[]> publicPdf = anyone.getBytes("/api/v1/open/scorecard?period=" + period + "&unit=" + hb);
        assertThat(publicPdf.statusCode()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(publicPdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Phiếu điểm: Phường Hải Bình", "Hạng 1/", "HT.1", "45,00 / 50");
            assertThat(text).doesNotContain("45/50").doesNotContain("51/QĐ-UBND");
            assertThat(text)
                    .as("the run's time as Vietnam reads it, not a raw UTC instant")
                    .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}");
        }
        HttpResponse<byte[]> fullPdf = page.getBytes("/periods/" + period + "/results/" + hb + "/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(fullPdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("45/50");
        }
        assertThat(anyone.getBytes("/api/v1/open/scorecard?period=" + period + "&unit=" + hb + "0")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void ranksChangeAgainstThePeriodBefore() {
        // Two wards of Thanh Hóa, first and second in the first quarter, the other way round in the second.
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long framework = SamplePeriods.communeFramework(office);
        long ht1 = criterion(framework, "HT.1");
        long[] quarters = {
            SamplePeriods.openQuarter(office, framework, 2039, 1), SamplePeriods.openQuarter(office, framework, 2039, 2)
        };
        String[][] figures = {{"45", "25"}, {"10", "50"}};
        long first = 0;
        long second = 0;
        for (int q = 0; q < 2; q++) {
            List<Long> wards =
                    jdbc.sql("""
                            select r.id from report_form r join admin_unit u on u.id = r.subject_unit_id
                            where r.period_id = :p and r.agency_id is null
                              and u.kind = (select kind from admin_unit where structure = 'current' and code = '16645')
                            order by u.code <> '16645', u.code limit 2""").param("p", quarters[q]).query(Long.class).list();
            for (int w = 0; w < 2; w++) {
                value(wards.get(w), ht1, figures[q][w], "50", null);
                status(wards.get(w), "APPROVED");
            }
            first = unitOf(wards.get(0));
            second = unitOf(wards.get(1));
            assertThat(office.sendJson("POST", "/api/v1/periods/" + quarters[q] + "/scores", "{}")
                            .statusCode())
                    .isEqualTo(200);
        }
        Map<Long, JsonNode> q2 = byUnit(JSON.readTree(
                office.getJson("/api/v1/results?period=" + quarters[1]).body()));
        assertThat(overall(q2.get(second)).get("rank").asInt()).isEqualTo(1);
        assertThat(overall(q2.get(second)).get("rankChange").asInt())
                .as("up one")
                .isEqualTo(1);
        assertThat(overall(q2.get(first)).get("rankChange").asInt())
                .as("down one")
                .isEqualTo(-1);
        String page = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD)
                .get("/periods/" + quarters[1] + "/results")
                .body();
        assertThat(page).contains("aria-label=\"Tăng 1 bậc\">▲1", "aria-label=\"Giảm 1 bậc\">▼1");
        assertThat(JSON.readTree(office.getJson("/api/v1/results/" + second + "/explain?period=" + quarters[1])
                                .body())
                        .get("unit")
                        .get("views")
                        .get(0)
                        .get("rankChange")
                        .asInt())
                .as("the scorecard says the same")
                .isEqualTo(1);
    }

    @Test
    void aCorrectedVersionOfTheFrameworkScoresThePeriodAgainAndTheOldRunIsKept() {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long framework = SamplePeriods.communeFramework(office);
        long period = SamplePeriods.openQuarter(office, framework, 2040, 1);
        long form = jdbc.sql("""
                        select r.id from report_form r join admin_unit u on u.id = r.subject_unit_id
                        where r.period_id = :p and r.agency_id is null and u.code = '16645'""").param("p", period).query(Long.class).single();
        long hb = unitOf(form);
        value(form, criterion(framework, "HT.1"), "45", "50", null);
        status(form, "APPROVED");
        JsonNode first = JSON.readTree(office.sendJson("POST", "/api/v1/periods/" + period + "/scores", "{}")
                .body());
        assertThat(first.get("frameworkId").asLong()).isEqualTo(framework);

        // The office finds HT.1 worth 100 points, not 50: a published framework is frozen, so it publishes a
        // corrected version (a clone, with its crosswalk) and has the period scored under it.
        HttpResponse<String> cloned = office.sendJson(
                "POST",
                "/api/v1/frameworks/" + framework + "/clone",
                "{\"name\":\"Bộ chỉ số cấp xã (sửa HT.1)\",\"versionLabel\":\"v2\"}");
        assertThat(cloned.statusCode()).as(cloned.body()).isEqualTo(201);
        long corrected = JSON.readTree(cloned.body()).get("id").asLong();
        jdbc.sql("update criterion set max_points = 100 where framework_id = :f and code = 'HT.1'")
                .param("f", corrected)
                .update();
        jdbc.sql("update criterion set max_points = 150 where framework_id = :f and code = 'HT'")
                .param("f", corrected)
                .update();
        HttpResponse<String> publishedVersion =
                office.sendJson("POST", "/api/v1/frameworks/" + corrected + "/publish", "{}");
        assertThat(publishedVersion.statusCode()).as(publishedVersion.body()).isEqualTo(200);
        assertThat(office.getJson("/api/v1/periods/" + period + "/scores/frameworks")
                        .body())
                .contains("\"id\":" + corrected, "sửa HT.1");

        // Not a later version of the period's framework: refused, nothing stored.
        long other = JSON.readTree(office.sendJson("POST", "/api/v1/frameworks/import", """
                                {"format": "dtihub-framework/1", "name": "Bộ chỉ số khác", "subjects": ["COMMUNE"],
                                 "yearFrom": 2040, "yearTo": 2040, "criteria": [
                                  {"code": "A", "name": "A", "maxPoints": 10, "valueType": "YES_NO",
                                   "rule": {"type": "YES_NO"}}],
                                 "views": [{"code": "DTI", "name": "DTI", "overall": true, "weights": {"A": 1}}]}""")
                        .body())
                .get("id")
                .asLong();
        office.sendJson("POST", "/api/v1/frameworks/" + other + "/publish", "{}");
        HttpResponse<String> refused =
                office.sendJson("POST", "/api/v1/periods/" + period + "/scores?framework=" + other, "{}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("framework");
        assertThat(WebClient.api(port, "quangngai.xem", DEMO_PASSWORD)
                        .sendJson("POST", "/api/v1/periods/" + period + "/scores?framework=" + corrected, "{}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(WebClient.api(port, "haibinh.baocao", DEMO_PASSWORD)
                        .sendJson("POST", "/api/v1/periods/" + period + "/scores?framework=" + corrected, "{}")
                        .statusCode())
                .as("a ward's reporter does not choose how its province scores")
                .isIn(403, 404);
        assertThat(JSON.readTree(office.getJson("/api/v1/periods/" + period + "/scores/runs")
                        .body()))
                .hasSize(1);

        JsonNode second = JSON.readTree(
                office.sendJson("POST", "/api/v1/periods/" + period + "/scores?framework=" + corrected, "{}")
                        .body());
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("frameworkId").asLong()).isEqualTo(corrected);
        assertThat(second.get("reason").asString()).isEqualTo("FRAMEWORK_CORRECTED");
        JsonNode line = null;
        for (JsonNode c : JSON.readTree(office.getJson("/api/v1/results/" + hb + "/explain?period=" + period)
                        .body())
                .get("criteria")) {
            if ("HT.1".equals(c.get("code").asString())) {
                line = c;
            }
        }
        assertThat(line.get("value").asString())
                .as("the approved value, carried")
                .isEqualTo("45/50");
        assertThat(line.get("points").decimalValue()).isEqualByComparingTo("90");
        assertThat(line.get("max").decimalValue()).isEqualByComparingTo("100");
        JsonNode runs = JSON.readTree(
                office.getJson("/api/v1/periods/" + period + "/scores/runs").body());
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1).get("frameworkId").asLong())
                .as("run 1 kept, under the old version")
                .isEqualTo(framework);
        assertThat(JSON.readTree(office.sendJson("POST", "/api/v1/periods/" + period + "/scores", "{}")
                                .body())
                        .get("version")
                        .asInt())
                .as("the period stays under the corrected version: same inputs, same run")
                .isEqualTo(2);
        assertThat(WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD)
                        .get("/periods/" + period + "/results")
                        .body())
                .contains("id=\"run-version\"", "Bộ chỉ số cấp xã (sửa HT.1) (v2)", "id=\"rescore-form\"");

        // Back under the period's own framework: a third run, under the old version again.
        JsonNode back = JSON.readTree(
                office.sendJson("POST", "/api/v1/periods/" + period + "/scores?framework=" + framework, "{}")
                        .body());
        assertThat(back.get("version").asInt()).isEqualTo(3);
        assertThat(back.get("frameworkId").asLong()).isEqualTo(framework);

        // The next quarter, scored under the corrected version: its scorecard still compares HT.1 with the first
        // quarter's run, made under the old version (matched by code).
        long next = SamplePeriods.openQuarter(office, framework, 2040, 2);
        long nextForm = jdbc.sql("""
                        select r.id from report_form r join admin_unit u on u.id = r.subject_unit_id
                        where r.period_id = :p and r.agency_id is null and u.code = '16645'""").param("p", next).query(Long.class).single();
        value(nextForm, criterion(framework, "HT.1"), "40", "50", null);
        status(nextForm, "APPROVED");
        office.sendJson("POST", "/api/v1/periods/" + next + "/scores?framework=" + corrected, "{}");
        JsonNode nextLine = null;
        for (JsonNode c : JSON.readTree(office.getJson("/api/v1/results/" + hb + "/explain?period=" + next)
                        .body())
                .get("criteria")) {
            if ("HT.1".equals(c.get("code").asString())) {
                nextLine = c;
            }
        }
        assertThat(nextLine.get("points").decimalValue()).isEqualByComparingTo("80");
        assertThat(nextLine.get("previousPoints").decimalValue())
                .as("the quarter before, under the old version")
                .isEqualByComparingTo("45");
    }

    @Test
    void aRankingShowsOneLevelAtATime() throws Exception {
        // A framework that scores the province and its communes: the ranking shows the communes, the province on
        // asking, never the two mixed in one table.
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        HttpResponse<String> imported = office.sendJson("POST", "/api/v1/frameworks/import", """
                {"format": "dtihub-framework/1", "name": "Bộ chỉ số thử hai cấp", "subjects": ["PROVINCE", "COMMUNE"],
                 "yearFrom": 2038, "yearTo": 2038, "criteria": [
                  {"code": "A", "name": "Hạ tầng", "maxPoints": 10},
                  {"code": "A.1", "parentCode": "A", "name": "Tỷ lệ hộ có cáp quang", "maxPoints": 10,
                   "valueType": "RATIO", "rule": {"type": "RATIO"}, "missingPolicy": "ZERO"}],
                 "views": [{"code": "DTI", "name": "Chỉ số", "overall": true, "weights": {"A": 1}}]}""");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        long fw = JSON.readTree(imported.body()).get("id").asLong();
        assertThat(office.sendJson("POST", "/api/v1/frameworks/" + fw + "/publish", "{}")
                        .statusCode())
                .isEqualTo(200);
        long period = SamplePeriods.openQuarter(office, fw, 2038, 1);
        assertThat(office.sendJson("POST", "/api/v1/periods/" + period + "/scores", "{}")
                        .statusCode())
                .isEqualTo(200);
        long province = units.get(vn.dtihub.units.Structure.CURRENT, "38").id();

        WebClient page = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        String communes = page.get("/periods/" + period + "/results").body();
        assertThat(communes).contains("id=\"r-level\"", "Phường Hải Bình");
        assertThat(communes).doesNotContain("/results/" + province + "\"");
        String provinces =
                page.get("/periods/" + period + "/results?level=PROVINCE").body();
        assertThat(provinces).contains("/results/" + province + "\"").doesNotContain("Phường Hải Bình");
        assertThat(JSON.readTree(office.getJson("/api/v1/results?period=" + period + "&level=PROVINCE")
                                .body())
                        .get("units"))
                .hasSize(1);
        assertThat(page.get("/periods/" + period + "/results/dashboard").body())
                .as("the dashboard's map: the communes of the province")
                .contains("data-code=\"16645\"")
                .doesNotContain("data-code=\"51\"");
        assertThat(page.get("/periods/" + period + "/results/dashboard?level=PROVINCE")
                        .body())
                .as("and on asking, the provinces of the country")
                .contains("data-code=\"38\"", "data-code=\"51\"")
                .doesNotContain("data-code=\"16645\"");
        HttpResponse<String> wrong = office.getJson("/api/v1/results?period=" + period + "&level=HAMLET");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("level");
        HttpResponse<byte[]> xlsx = page.getBytes("/periods/" + period + "/results/export?level=PROVINCE");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getLastRowNum() - book.getSheetAt(0).getFirstRowNum())
                    .as("the title lines, the header and the province")
                    .isLessThan(6);
        }
        // The public page, once published, shows the same one level at a time.
        assertThat(office.sendJson("POST", "/api/v1/periods/" + period + "/scores/publish", "{}")
                        .statusCode())
                .isEqualTo(200);
        WebClient anyone = new WebClient(port);
        assertThat(anyone.get("/public/results/" + period).body())
                .contains("id=\"p-level\"", "Phường Hải Bình")
                .doesNotContain("unit=" + province + "\"");
        assertThat(anyone.get("/public/results/" + period + "?level=PROVINCE").body())
                .contains("unit=" + province + "\"")
                .doesNotContain("Phường Hải Bình");
    }

    @Test
    void resultsOnTheOldUnitsAreCarriedToTheUnitsThatReplacedThem() {
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        long framework = SamplePeriods.communeFramework(office);
        HttpResponse<String> opened = office.sendJson(
                "POST",
                "/api/v1/periods",
                "{\"frameworkId\":" + framework + ",\"kind\":\"QUARTER\",\"year\":2024,\"quarter\":4}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long period = JSON.readTree(opened.body()).get("id").asLong();
        // The old wards that became phường Hải Bình (16645) on 1 July 2025, Tĩnh Hải (16642) among them.
        List<String> predecessors = jdbc.sql("""
                        select old_code from unit_lineage
                        where new_structure = 'current' and new_code = '16645' and old_structure = 'pre2025'
                        order by old_code""").query(String.class).list();
        assertThat(predecessors).contains("16642").hasSizeGreaterThan(1);
        long tc1 = criterion(framework, "TC.1");
        long ht1 = criterion(framework, "HT.1");
        List<Long> forms = new java.util.ArrayList<>();
        for (String code : predecessors) {
            forms.addAll(jdbc.sql("""
                            select r.id from report_form r join admin_unit u on u.id = r.subject_unit_id
                            where r.period_id = :p and r.agency_id is null and u.structure = 'pre2025' and u.code = :c""")
                    .param("p", period)
                    .param("c", code)
                    .query(Long.class)
                    .list());
        }
        assertThat(forms).hasSize(predecessors.size());
        // Tĩnh Hải 95 of 1 000 (0,095); each other predecessor 50 (0,05).
        value(forms.get(0), tc1, null, null, true);
        value(forms.get(0), ht1, "45", "50", null);
        for (long form : forms.subList(1, forms.size())) {
            value(form, tc1, null, null, true);
        }
        // The second also reported HT.1 (5/50): carried, Hải Bình's HT.1 is 50/100, not the mean of 90 % and 10 %.
        value(forms.get(1), ht1, "5", "50", null);
        forms.forEach(f -> status(f, "APPROVED"));
        assertThat(office.sendJson("POST", "/api/v1/periods/" + period + "/scores", "{}")
                        .statusCode())
                .isEqualTo(200);

        JsonNode carried = null;
        for (JsonNode c : JSON.readTree(
                office.getJson("/api/v1/results/carried?period=" + period).body())) {
            if ("16645".equals(c.get("code").asString())) {
                carried = c;
            }
        }
        assertThat(carried).as("phường Hải Bình of today").isNotNull();
        JsonNode dti = null;
        for (JsonNode v : carried.get("views")) {
            if ("DTI".equals(v.get("view").asString())) {
                dti = v;
            }
        }
        java.math.BigDecimal expected = new java.math.BigDecimal("0.095")
                .add(new java.math.BigDecimal("0.055"))
                .add(new java.math.BigDecimal("0.05").multiply(java.math.BigDecimal.valueOf(forms.size() - 2)))
                .divide(java.math.BigDecimal.valueOf(forms.size()), vn.dtihub.shared.Figures.PRECISION);
        assertThat(dti.get("index").decimalValue()).isEqualByComparingTo(expected);
        assertThat(dti.get("rule").asString()).isEqualTo("MEAN");
        assertThat(dti.get("from")).hasSize(forms.size());
        JsonNode ht1Carried = null;
        for (JsonNode v : carried.get("values")) {
            if ("HT.1".equals(v.get("criterion").asString())) {
                ht1Carried = v;
            }
        }
        assertThat(ht1Carried.get("number").decimalValue()).isEqualByComparingTo("50");
        assertThat(ht1Carried.get("denominator").decimalValue()).isEqualByComparingTo("100");
        assertThat(ht1Carried.get("rule").asString()).isEqualTo("RATIO_OF_SUMS");
        assertThat(ht1Carried.get("from")).hasSize(2);
        assertThat(WebClient.signedIn(port, "nghison.cds", DEMO_PASSWORD)
                        .get("/periods/" + period + "/results/carried")
                        .body())
                .contains("id=\"carried-table\"", "Phường Hải Bình", "trung bình của " + forms.size() + " đơn vị cũ")
                .contains("50/100", "tỷ lệ tính lại từ tổng tử số và mẫu số của 2 đơn vị cũ");
        assertThat(WebClient.signedIn(port, "nghison.cds", DEMO_PASSWORD)
                        .get("/periods/" + period + "/results/dashboard")
                        .body())
                .as("today's outlines cannot draw the old units: the page says why and lists them")
                .contains("id=\"map-unavailable\"", "không vẽ được trên bản đồ", "id=\"map-table\"")
                .contains("Phường Tĩnh Hải")
                .doesNotContain("class=\"choropleth\"");
    }

    private boolean pending(long period) {
        return jdbc.sql("select count(*) from score_pending where period_id = :p")
                        .param("p", period)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private long unitOf(long form) {
        return jdbc.sql("select subject_unit_id from report_form where id = :f")
                .param("f", form)
                .query(Long.class)
                .single();
    }
}
