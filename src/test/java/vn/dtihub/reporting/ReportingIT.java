package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.reporting.domain.FormEvent;
import vn.dtihub.reporting.domain.FormLine;
import vn.dtihub.reporting.domain.Forms;
import vn.dtihub.reporting.domain.Periods;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.shared.WebClient;
import vn.dtihub.units.Structure;
import vn.dtihub.units.Units;

/**
 * A quarter's cycle on the demo district framework of thị xã Nghi Sơn, whose offices were assigned its criteria (seed
 * 000): the office opens the period, an office's reporter enters values, its head submits once however often he
 * clicks, the standing office sends it back with a comment, approves it, and values are then locked.
 */
class ReportingIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEAD_PASSWORD = "mật khẩu trưởng phòng văn hóa";

    @LocalServerPort
    int port;

    @Autowired
    Users accounts;

    @Autowired
    Units units;

    @Test
    void aQuartersFormIsFilledSubmittedOnceSentBackApprovedAndLocked() throws Exception {
        long vhtt = DemoDistrict.culture(units);
        if (accounts.list(TestPrincipal.admin(), "nghison.vhtt.truongphong", 0, 1)
                .isEmpty()) {
            accounts.create(
                    TestPrincipal.admin(),
                    new UserInput(
                            "nghison.vhtt.truongphong",
                            "Trưởng phòng Văn hóa và Thông tin",
                            null,
                            Role.APPROVER,
                            null,
                            null,
                            vhtt,
                            HEAD_PASSWORD,
                            true));
        }
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        HttpResponse<String> opened = office.sendJson(
                "POST",
                "/api/v1/periods",
                "{\"frameworkId\":" + DemoDistrict.framework(office)
                        + ",\"kind\":\"QUARTER\",\"year\":2021,\"quarter\":3}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode period = JSON.readTree(opened.body());
        assertThat(period.get("title").asString()).startsWith("Quý III/2021");
        assertThat(period.get("dueCommune").asString()).isEqualTo("2021-09-15");
        long periodId = period.get("id").asLong();

        JsonNode completeness = JSON.readTree(
                office.getJson("/api/v1/periods/" + periodId + "/completeness").body());
        assertThat(completeness.findValuesAsString("assigneeName"))
                .as("the town's own form and one per office assigned criteria")
                .contains("Thị xã Nghi Sơn", "Phòng Văn hóa và Thông tin", "Phòng Nội vụ");

        WebClient reporter = WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD);
        long formId = DemoDistrict.formOf(reporter, periodId);
        assertThat(formId).as("the office's form among its own").isPositive();
        JsonNode form =
                JSON.readTree(reporter.getJson("/api/v1/forms/" + formId).body());
        assertThat(form.get("form").get("level").asString()).isEqualTo("DISTRICT");
        JsonNode ratio = null;
        for (JsonNode line : form.get("lines")) {
            if ("RATIO".equals(line.path("valueType").asString()) && ratio == null) {
                ratio = line;
            }
        }
        assertThat(ratio).as("a ratio criterion the office leads").isNotNull();
        long criterion = ratio.get("criterionId").asLong();
        String valuePath = "/api/v1/forms/" + formId + "/values/" + criterion;

        HttpResponse<String> wrong =
                reporter.sendJson("PUT", valuePath, "{\"version\":0,\"number\":\"51\",\"denominator\":\"50\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).get("field").asString()).isEqualTo("number");
        HttpResponse<String> saved =
                reporter.sendJson("PUT", valuePath, "{\"version\":0,\"number\":\"45\",\"denominator\":\"50\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode line = JSON.readTree(saved.body());
        assertThat(line.get("version").asInt()).isEqualTo(1);
        assertThat(line.get("value").asString()).isEqualTo("45/50");
        assertThat(line.get("points").decimalValue())
                .as("a/b × maximum")
                .isEqualByComparingTo(ratio.get("maxPoints").decimalValue().multiply(new java.math.BigDecimal("0.9")));
        HttpResponse<String> stale =
                reporter.sendJson("PUT", valuePath, "{\"version\":0,\"number\":\"40\",\"denominator\":\"50\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("45/50");

        String submitPath = "/api/v1/forms/" + formId + "/submit";
        assertThat(reporter.sendJson("POST", submitPath, "{\"version\":0}").statusCode())
                .as("a reporter enters, the head signs off")
                .isEqualTo(403);
        WebClient head = WebClient.api(port, "nghison.vhtt.truongphong", HEAD_PASSWORD);
        Map<String, String> key = Map.of(
                "Content-Type", "application/json", "Accept", "application/json", "Idempotency-Key", "nop-quy-3-lan-1");
        HttpResponse<String> first = head.send("POST", submitPath, key, "{\"version\":0}");
        HttpResponse<String> again = head.send("POST", submitPath, key, "{\"version\":0}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(again.statusCode()).as("a double click submits once").isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("status").asString()).isEqualTo("SUBMITTED");
        JsonNode history = JSON.readTree(
                head.getJson("/api/v1/forms/" + formId + "/history").body());
        assertThat(history.findValuesAsString("action").stream().filter("SUBMITTED"::equals))
                .hasSize(1);
        int version = JSON.readTree(again.body()).get("version").asInt();
        assertThat(reporter.sendJson("PUT", valuePath, "{\"version\":1,\"number\":\"46\",\"denominator\":\"50\"}")
                        .statusCode())
                .as("submitted: the unit no longer edits")
                .isEqualTo(409);

        HttpResponse<String> returned = office.sendJson(
                "POST",
                "/api/v1/forms/" + formId + "/return",
                "{\"version\":" + version + ",\"note\":\"Bổ sung minh chứng\",\"comments\":{\"" + criterion
                        + "\":\"Mẫu số chưa khớp với số liệu thống kê\"}}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(JSON.readTree(returned.body()).get("status").asString()).isEqualTo("RETURNED");
        JsonNode commented =
                JSON.readTree(reporter.getJson("/api/v1/forms/" + formId).body());
        String comment = null;
        int valueVersion = 0;
        for (JsonNode l : commented.get("lines")) {
            if (l.get("criterionId").asLong() == criterion) {
                comment = l.path("reviewerComment").asString();
                valueVersion = l.get("version").asInt();
            }
        }
        assertThat(comment).isEqualTo("Mẫu số chưa khớp với số liệu thống kê");
        assertThat(reporter.sendJson(
                                "PUT",
                                valuePath,
                                "{\"version\":" + valueVersion + ",\"number\":\"45\",\"denominator\":\"52\"}")
                        .statusCode())
                .isEqualTo(200);
        version = JSON.readTree(reporter.getJson("/api/v1/forms/" + formId).body())
                .get("form")
                .get("version")
                .asInt();
        HttpResponse<String> resubmitted = head.send(
                "POST",
                submitPath,
                Map.of("Content-Type", "application/json", "Idempotency-Key", "nop-quy-3-lan-2"),
                "{\"version\":" + version + "}");
        assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
        version = JSON.readTree(resubmitted.body()).get("version").asInt();
        assertThat(reporter.sendJson("POST", "/api/v1/forms/" + formId + "/approve", "{\"version\":" + version + "}")
                        .statusCode())
                .as("only the standing office approves")
                .isEqualTo(403);
        HttpResponse<String> approved =
                office.sendJson("POST", "/api/v1/forms/" + formId + "/approve", "{\"version\":" + version + "}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        version = JSON.readTree(approved.body()).get("version").asInt();
        HttpResponse<String> locked = reporter.sendJson(
                "PUT", valuePath, "{\"version\":" + (valueVersion + 1) + ",\"number\":\"1\",\"denominator\":\"2\"}");
        assertThat(locked.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(locked.body()).path("detail").asString()).isNotBlank();
        assertThat(office.sendJson("POST", "/api/v1/forms/" + formId + "/approve", "{\"version\":" + version + "}")
                        .statusCode())
                .as("approving twice is a conflict")
                .isEqualTo(409);

        HttpResponse<String> noReason =
                office.sendJson("POST", "/api/v1/forms/" + formId + "/reopen", "{\"version\":" + version + "}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noReason.body()).get("field").asString()).isEqualTo("reason");
        HttpResponse<String> reopened = office.sendJson(
                "POST",
                "/api/v1/forms/" + formId + "/reopen",
                "{\"version\":" + version + ",\"reason\":\"Phát hiện sai sót khi tổng hợp\"}");
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(reopened.body()).get("status").asString()).isEqualTo("RETURNED");

        history = JSON.readTree(
                office.getJson("/api/v1/forms/" + formId + "/history").body());
        assertThat(history.findValuesAsString("action"))
                .contains("VALUE_SAVED", "SUBMITTED", "RETURNED", "COMMENTED", "APPROVED");
        assertThat(history.findValuesAsString("after")).contains("45/52");
        assertThat(history.findValuesAsString("before")).contains("45/50");
        assertThat(history.findValuesAsString("reason")).contains("Phát hiện sai sót khi tổng hợp");
    }

    @Test
    void anotherProvinceSeesNoFormAndOnlyTheStandingOfficeExtendsADeadlineWithItsReason() throws Exception {
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        JsonNode period = JSON.readTree(office.sendJson(
                        "POST",
                        "/api/v1/periods",
                        "{\"frameworkId\":" + DemoDistrict.framework(office) + ",\"kind\":\"HALF_YEAR\",\"year\":2024}")
                .body());
        long periodId = period.get("id").asLong();
        JsonNode form = JSON.readTree(office.getJson("/api/v1/periods/" + periodId + "/completeness")
                        .body())
                .get(0)
                .get("form");
        long formId = form.get("id").asLong();
        WebClient outsider = WebClient.api(port, "quangngai.xem", DEMO_PASSWORD);
        assertThat(outsider.getJson("/api/v1/forms/" + formId).statusCode()).isEqualTo(404);
        assertThat(outsider.getJson("/api/v1/periods/" + periodId).statusCode()).isEqualTo(404);

        WebClient reporter = WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD);
        assertThat(reporter.sendJson(
                                "POST",
                                "/api/v1/forms/" + formId + "/extend",
                                "{\"extendedTo\":\"2026-07-31\",\"reason\":\"x\",\"version\":0}")
                        .statusCode())
                .isIn(403, 404);
        HttpResponse<String> noReason = office.sendJson(
                "POST",
                "/api/v1/forms/" + formId + "/extend",
                "{\"extendedTo\":\"2026-07-31\",\"version\":"
                        + form.get("version").asInt() + "}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        HttpResponse<String> extended = office.sendJson(
                "POST",
                "/api/v1/forms/" + formId + "/extend",
                "{\"extendedTo\":\"2026-07-31\",\"reason\":\"Cán bộ phụ trách nghỉ ốm\",\"version\":"
                        + form.get("version").asInt() + "}");
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(
                office.getJson("/api/v1/periods/" + periodId + "/completeness").body());
        for (JsonNode c : after) {
            if (c.get("form").get("id").asLong() == formId) {
                assertThat(c.get("deadline").asString()).isEqualTo("2026-07-31");
            } else {
                assertThat(c.get("deadline").asString())
                        .as("the others keep the period's deadline")
                        .isNotEqualTo("2026-07-31");
            }
        }
        HttpResponse<byte[]> xlsx = office.getBytes("/api/v1/periods/" + periodId + "/completeness/export");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()));
                var text = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(book)) {
            assertThat(text.getText())
                    .as("the completeness table as the office downloads it")
                    .contains("TIẾN ĐỘ BÁO CÁO", "Phòng Văn hóa và Thông tin", "Cán bộ phụ trách nghỉ ốm", "Đang nhập");
        }
        assertThat(outsider.getBytes("/api/v1/periods/" + periodId + "/completeness/export")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> unpublished =
                office.sendJson("POST", "/api/v1/periods", "{\"frameworkId\":987654321,\"kind\":\"QUARTER\"}");
        assertThat(unpublished.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unpublished.body()).get("field").asString()).isEqualTo("frameworkId");
    }

    @Test
    void anAdHocRequestAsksNamedAgenciesForNamedCriteriaByOneDeadline() {
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        long framework = DemoDistrict.framework(office);
        // The first node of the tree: a group, standing for the scored criteria under it.
        long group = JSON.readTree(office.getJson("/api/v1/frameworks/" + framework + "/criteria")
                        .body())
                .get(0)
                .get("id")
                .asLong();
        long vhtt = DemoDistrict.culture(units);
        long noiVu = units.agencyNamed(units.get(Structure.PRE2025, "407"), "Phòng Nội vụ")
                .orElseThrow()
                .id();
        HttpResponse<String> none = office.sendJson(
                "POST",
                "/api/v1/periods",
                "{\"frameworkId\":" + framework
                        + ",\"kind\":\"AD_HOC\",\"coversFrom\":\"2025-01-01\",\"coversTo\":\"2025-06-30\",\"criterionIds\":["
                        + group + "]}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(none.body()).get("field").asString()).isEqualTo("agencyIds");
        var province = units.get(Structure.CURRENT, "51");
        long quangNgai = units.agencyNamed(province, "Sở Tài chính")
                .orElseGet(() -> units.createAgency(
                        vn.dtihub.shared.TestPrincipal.admin(),
                        province,
                        new vn.dtihub.units.AgencyChange("Sở Tài chính", null, null, true)))
                .id();
        HttpResponse<String> foreign = office.sendJson(
                "POST",
                "/api/v1/periods",
                "{\"frameworkId\":" + framework
                        + ",\"kind\":\"AD_HOC\",\"coversFrom\":\"2025-01-01\",\"coversTo\":\"2025-06-30\",\"agencyIds\":["
                        + quangNgai + "],\"criterionIds\":[" + group + "]}");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(foreign.body()).get("field").asString()).isEqualTo("agencyIds");

        HttpResponse<String> opened = office.sendJson(
                "POST",
                "/api/v1/periods",
                "{\"frameworkId\":" + framework
                        + ",\"kind\":\"AD_HOC\",\"coversFrom\":\"2025-01-01\",\"coversTo\":\"2025-06-30\",\"title\":\"Cung cấp số liệu phục vụ đoàn kiểm tra\","
                        + "\"dueCommune\":\"2026-12-01\",\"agencyIds\":[" + vhtt + "," + noiVu + "],\"criterionIds\":["
                        + group + "]}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode period = JSON.readTree(opened.body());
        assertThat(period.get("formCount").asInt())
                .as("one form per agency asked")
                .isEqualTo(2);
        JsonNode forms = JSON.readTree(
                office.getJson("/api/v1/periods/" + period.get("id").asLong() + "/completeness")
                        .body());
        assertThat(forms.findValuesAsString("assigneeName"))
                .containsExactlyInAnyOrder("Phòng Văn hóa và Thông tin", "Phòng Nội vụ");
        assertThat(forms.findValuesAsString("deadline")).containsOnly("2026-12-01");
        assertThat(forms.get(0).get("form").get("items").asInt())
                .as("the scored criteria under the group asked for")
                .isPositive();
        long request = period.get("id").asLong();
        assertThat(WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD)
                        .getJson("/api/v1/periods/" + request)
                        .statusCode())
                .as("an agency asked reads the request")
                .isEqualTo(200);
        WebClient ward = WebClient.api(port, "tinhhai.baocao", DEMO_PASSWORD);
        assertThat(ward.getJson("/api/v1/periods/" + request).statusCode())
                .as("a unit under the office that was not asked does not")
                .isEqualTo(404);
        assertThat(JSON.readTree(ward.getJson("/api/v1/periods").body()).findValues("id"))
                .extracting(JsonNode::asLong)
                .doesNotContain(request);
    }

    @Autowired
    Periods periods;

    @org.springframework.beans.factory.annotation.Autowired
    vn.dtihub.reporting.domain.PeriodOpening opening;

    @Autowired
    Forms forms;

    @org.springframework.beans.factory.annotation.Autowired
    vn.dtihub.reporting.domain.Workflow workflow;

    @Test
    void theReviewerGivesThePointsOfAReviewerScoredCriterionWithinItsMaximumWhileAppraising() {
        String town = units.get(Structure.PRE2025, "407").path();
        vn.dtihub.shared.TestPrincipal office = new vn.dtihub.shared.TestPrincipal(
                0,
                "nghison.test",
                new vn.dtihub.shared.Scope(false, java.util.List.of(town), true, null),
                true,
                true,
                town);
        long framework = DemoDistrict.framework(WebClient.api(port, "nghison.cds", DEMO_PASSWORD));
        PeriodSummary period = opening.open(
                office,
                new PeriodInput(
                        framework, PeriodKind.QUARTER, 2022, 3, null, null, null, null, null, null, null, null));
        FormSummary form = null;
        FormLine reviewed = null;
        FormLine ruled = null;
        for (FormSummary f : periods.completeness(office, period.id(), null, null)) {
            for (FormLine l : forms.lines(office, f, vn.dtihub.shared.VietnameseText.LOCALE)) {
                if (l.criterion().rule() instanceof vn.dtihub.frameworks.ScoringRule.Reviewer && reviewed == null) {
                    form = f;
                    reviewed = l;
                }
            }
        }
        assertThat(reviewed)
                .as("a reviewer-scored criterion of the demo framework")
                .isNotNull();
        for (FormLine l : forms.lines(office, form, vn.dtihub.shared.VietnameseText.LOCALE)) {
            if (l.criterion().rule() != null
                    && !(l.criterion().rule() instanceof vn.dtihub.frameworks.ScoringRule.Reviewer)) {
                ruled = l;
            }
        }
        long formId = form.id();
        long criterion = reviewed.criterion().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> workflow.givePoints(office, formId, criterion, java.math.BigDecimal.ONE))
                .as("points are given while the form is appraised")
                .isInstanceOf(vn.dtihub.shared.ConflictException.class);
        vn.dtihub.shared.TestPrincipal filler = new vn.dtihub.shared.TestPrincipal(
                0,
                "filler.test",
                new vn.dtihub.shared.Scope(false, java.util.List.of(town), true, form.agencyId()),
                true,
                true,
                form.assigneePath());
        FormSummary submitted = workflow.submit(filler, formId, form.version(), "reviewer-points-test");
        assertThat(submitted.status()).isEqualTo(FormStatus.SUBMITTED);
        java.math.BigDecimal above = reviewed.criterion().maxPoints().add(java.math.BigDecimal.ONE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflow.givePoints(office, formId, criterion, above))
                .isInstanceOf(vn.dtihub.shared.InvalidInputException.class);
        FormLine given = workflow.givePoints(office, formId, criterion, new java.math.BigDecimal("5"));
        assertThat(given.reviewerPoints()).isEqualByComparingTo("5");
        if (ruled != null) {
            long other = ruled.criterion().id();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> workflow.givePoints(office, formId, other, java.math.BigDecimal.ONE))
                    .as("a criterion its rule scores")
                    .isInstanceOf(vn.dtihub.shared.InvalidInputException.class);
        }
        assertThat(forms.history(office, formId)).extracting(FormEvent::action).contains("POINTS_GIVEN");
    }

    @Test
    void aNationalAdministratorOpensAPeriodOverTheCountryAndEachProvinceSeesItsOwnForm() {
        WebClient admin = WebClient.api(port, "admin", DEMO_PASSWORD);
        long provincial = -1;
        for (JsonNode f : JSON.readTree(admin.getJson("/api/v1/frameworks").body())) {
            if (f.get("status").asString().equals("PUBLISHED")
                    && f.get("subjects").toString().contains("PROVINCE")) {
                provincial = f.get("id").asLong();
            }
        }
        HttpResponse<String> opened = admin.sendJson(
                "POST", "/api/v1/periods", "{\"frameworkId\":" + provincial + ",\"kind\":\"YEAR\",\"year\":2022}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode period = JSON.readTree(opened.body());
        assertThat(period.get("scopePath").asString())
                .as("2022 lies before 1 July 2025: the period is over the country of then")
                .isEqualTo("pre2025/");
        assertThat(period.get("formCount").asLong())
                .as("one form per province of the structure in force on its dates: 63, not 34")
                .isEqualTo(units.count(Structure.PRE2025, vn.dtihub.units.Level.PROVINCE, null))
                .isEqualTo(63);
        JsonNode own = JSON.readTree(WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD)
                .getJson("/api/v1/periods/" + period.get("id").asLong() + "/completeness")
                .body());
        assertThat(own.findValuesAsString("subjectPath"))
                .as("a province's office sees its own form, not the country's")
                .containsExactly("pre2025/38/");
    }

    @Test
    void whoMayNotActIsToldSoBeforeBeingToldWhatTheRequestLacks() {
        WebClient reporter = WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD);
        long form = JSON.readTree(reporter.getJson("/api/v1/forms").body())
                .get(0)
                .get("id")
                .asLong();
        HttpResponse<String> approve = reporter.sendJson("POST", "/api/v1/forms/" + form + "/approve", "{}");
        assertThat(approve.statusCode())
                .as("a reporter approving, with no version")
                .isEqualTo(403);
        HttpResponse<String> office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD)
                .sendJson("POST", "/api/v1/forms/" + form + "/approve", "{}");
        assertThat(office.statusCode()).as("the office, with no version").isEqualTo(400);
        assertThat(JSON.readTree(office.body()).get("field").asString()).isEqualTo("version");
    }
}
