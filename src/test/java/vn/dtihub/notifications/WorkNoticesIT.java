package vn.dtihub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.notifications.domain.Outbox;
import vn.dtihub.reporting.FormApproved;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.shared.WebClient;
import vn.dtihub.units.Units;

/**
 * People are told when something happens to their work, as it happens (no job to wait for): a filled form reaches the
 * unit's approver, a submitted one the province's office, a returned one the unit's reporters with the number of
 * comments, an approval the whole unit, a task its lead; e-mail by each user's preference, each notice once.
 */
class WorkNoticesIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "mật khẩu xã nhận thông báo";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    Units units;

    @Autowired
    Outbox outbox;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    /** The current demo quarter of Thanh Hóa's communes, as its office lists it. */
    private long currentQuarter(WebClient office) {
        long id = -1;
        for (JsonNode p : JSON.readTree(office.getJson("/api/v1/periods").body())) {
            if (p.get("title").asString().contains("cấp xã tỉnh Thanh Hóa")
                    && p.get("open").asBoolean()) {
                id = Math.max(id, p.get("id").asLong());
            }
        }
        assertThat(id).as("the demo's current quarter").isPositive();
        return id;
    }

    /**
     * The user's notices of a kind once there are {@code count} of them: the listeners run after the action's commit,
     * on their own thread, so the test waits for them as a user would see them appear.
     */
    private List<JsonNode> notices(String username, String kind, int count) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> notices(username, kind).size() >= count);
        return notices(username, kind);
    }

    private List<JsonNode> notices(String username, String kind) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : JSON.readTree(WebClient.api(port, username, password(username))
                .getJson("/api/v1/notifications")
                .body())) {
            if (n.get("kind").asString().equals(kind)) {
                out.add(n);
            }
        }
        return out;
    }

    private static String password(String username) {
        return username.equals("thanhhoa.cds") ? DEMO_PASSWORD : PASSWORD;
    }

    private MimeMessage[] mailTo(String address, String subject) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address)
                                && m.getSubject().contains(subject);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(MimeMessage[]::new);
    }

    private void user(String username, String email, Role role, String unitCode) {
        users.create(
                TestPrincipal.admin(),
                new UserInput(
                        username, "Người nhận " + username, email, role, unitCode, "CURRENT", null, PASSWORD, true));
    }

    private static String value(JsonNode line) {
        return switch (line.get("valueType").asString()) {
            case "YES_NO" -> "{\"version\":" + line.get("version").asInt() + ",\"yes\":\"true\"}";
            case "CHOICE" -> "{\"version\":" + line.get("version").asInt() + ",\"choice\":\"CHU_TICH\"}";
            case "RATIO" -> "{\"version\":" + line.get("version").asInt() + ",\"number\":\"3\",\"denominator\":\"4\"}";
            default -> "{\"version\":" + line.get("version").asInt() + ",\"number\":\"2\"}";
        };
    }

    @Test
    void aFormsJourneyTellsEachPartyOnceInTheAppAndByMailAsTheyChose() throws Exception {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long period = currentQuarter(office);
        JsonNode form = null;
        HttpResponse<String> drafts = office.getJson("/api/v1/periods/" + period + "/completeness?status=DRAFT");
        assertThat(drafts.statusCode()).as(drafts.body()).isEqualTo(200);
        for (JsonNode c : JSON.readTree(drafts.body())) {
            if (c.get("percentFilled").asInt() == 0) {
                form = c.get("form");
                break;
            }
        }
        assertThat(form).as("a commune that has not started").isNotNull();
        long formId = form.get("id").asLong();
        String commune =
                units.byPath(form.get("assigneePath").asString()).orElseThrow().code();
        user("xa.baocao", "xa.baocao@thanhhoa.example", Role.REPORTER, commune);
        user("xa.baocao.khongthu", "xa.khongthu@thanhhoa.example", Role.REPORTER, commune);
        user("xa.pheduyet", "xa.pheduyet@thanhhoa.example", Role.APPROVER, commune);
        user("tinh.vanphong", "vanphong@thanhhoa.example", Role.STANDING_OFFICE, "38");
        assertThat(WebClient.signedIn(port, "xa.baocao.khongthu", PASSWORD)
                        .postForm("/notifications/preferences", Map.of())
                        .statusCode())
                .as("e-mail turned off on the notifications page")
                .isEqualTo(302);

        WebClient reporter = WebClient.api(port, "xa.baocao", PASSWORD);
        JsonNode lines = JSON.readTree(
                        reporter.getJson("/api/v1/forms/" + formId).body())
                .get("lines");
        for (int i = 0; i < lines.size(); i++) {
            if (i == lines.size() - 1) {
                assertThat(notices("xa.pheduyet", "FORM_FILLED"))
                        .as("nothing to sign while a value is missing")
                        .isEmpty();
            }
            JsonNode l = lines.get(i);
            HttpResponse<String> saved = reporter.sendJson(
                    "PUT",
                    "/api/v1/forms/" + formId + "/values/"
                            + l.get("criterionId").asLong(),
                    value(l));
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        }
        List<JsonNode> filled = notices("xa.pheduyet", "FORM_FILLED", 1);
        assertThat(filled).hasSize(1);
        assertThat(filled.get(0).get("subject").asString()).startsWith("Đã nhập đủ, đề nghị ký duyệt");
        assertThat(filled.get(0).get("link").asString()).isEqualTo("/forms/" + formId);
        assertThat(notices("xa.baocao", "FORM_FILLED"))
                .as("the approver signs, not the reporter")
                .isEmpty();

        WebClient approver = WebClient.api(port, "xa.pheduyet", PASSWORD);
        int version = JSON.readTree(approver.getJson("/api/v1/forms/" + formId).body())
                .get("form")
                .get("version")
                .asInt();
        HttpResponse<String> submitted =
                approver.sendJson("POST", "/api/v1/forms/" + formId + "/submit", "{\"version\":" + version + "}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        for (String officer : List.of("tinh.vanphong", "thanhhoa.cds")) {
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(notices(officer, "FORM_SUBMITTED").stream()
                                    .filter(n -> n.get("link").asString().equals("/forms/" + formId))
                                    .toList())
                            .as("the province's office is told the form waits for appraisal")
                            .hasSize(1));
        }
        assertThat(notices("xa.baocao", "FORM_SUBMITTED")).isEmpty();

        version = JSON.readTree(submitted.body()).get("version").asInt();
        String comments = "{\"" + lines.get(0).get("criterionId").asLong() + "\":\"Thiếu quyết định kèm theo\",\""
                + lines.get(1).get("criterionId").asLong() + "\":\"Số liệu chưa khớp báo cáo quý\"}";
        HttpResponse<String> returned = office.sendJson(
                "POST",
                "/api/v1/forms/" + formId + "/return",
                "{\"version\":" + version + ",\"note\":\"Bổ sung minh chứng\",\"comments\":" + comments + "}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        for (String r : List.of("xa.baocao", "xa.baocao.khongthu")) {
            List<JsonNode> back = notices(r, "FORM_RETURNED", 1);
            assertThat(back).as(r).hasSize(1);
            assertThat(back.get(0).get("subject").asString()).contains("Biểu bị trả lại (2 nhận xét)");
            assertThat(back.get(0).get("body").asString()).contains("Bổ sung minh chứng", "/forms/" + formId);
        }
        assertThat(notices("xa.pheduyet", "FORM_RETURNED"))
                .as("the reporters correct")
                .isEmpty();
        assertThat(WebClient.signedIn(port, "xa.baocao", PASSWORD)
                        .get("/forms/" + formId)
                        .body())
                .as("the link opens the form with the comments")
                .contains("Thiếu quyết định kèm theo");

        outbox.sendDue();
        assertThat(mailTo("xa.baocao@thanhhoa.example", "Biểu bị trả lại")).hasSize(1);
        assertThat(mailTo("xa.khongthu@thanhhoa.example", "Biểu bị trả lại"))
                .as("e-mail turned off: told in the application only")
                .isEmpty();
        assertThat(mailTo("vanphong@thanhhoa.example", "Biểu đã gửi, chờ thẩm định"))
                .hasSize(1);
        assertThat(mailTo("xa.pheduyet@thanhhoa.example", "Đã nhập đủ")).hasSize(1);

        version = JSON.readTree(returned.body()).get("version").asInt();
        HttpResponse<String> again =
                approver.sendJson("POST", "/api/v1/forms/" + formId + "/submit", "{\"version\":" + version + "}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(notices("tinh.vanphong", "FORM_SUBMITTED", 2))
                .as("submitted again after correction: a new notice")
                .hasSize(2);
        HttpResponse<String> approved = office.sendJson(
                "POST",
                "/api/v1/forms/" + formId + "/approve",
                "{\"version\":" + JSON.readTree(again.body()).get("version").asInt() + "}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        for (String u : List.of("xa.baocao", "xa.baocao.khongthu", "xa.pheduyet")) {
            assertThat(notices(u, "FORM_APPROVED", 1)).as(u).hasSize(1);
        }

        int approvedVersion = JSON.readTree(approved.body()).get("version").asInt();
        transactions.executeWithoutResult(
                s -> publisher.publishEvent(new FormApproved(formId, period, approvedVersion, "thanhhoa.cds")));
        org.awaitility.Awaitility.await()
                .during(java.time.Duration.ofSeconds(1))
                .atMost(java.time.Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(notices("xa.baocao", "FORM_APPROVED"))
                        .as("the same event delivered again tells nobody twice")
                        .hasSize(1));
    }

    @Test
    void aTaskIsToldToItsLeadWhenThePlanIsIssuedAndWhenOneIsAddedAfter() {
        String commune = "16645";
        user("haibinh.nhiemvu", null, Role.REPORTER, commune);
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long plan = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"number\":\"210/KH-UBND\",\"title\":\"Kế hoạch giao nhiệm vụ cho phường\",\"yearFrom\":2026}")
                        .body())
                .get("id")
                .asLong();
        HttpResponse<String> task = office.sendJson(
                "POST",
                "/api/v1/plans/" + plan + "/tasks",
                "{\"text\":\"Số hóa hồ sơ một cửa của phường\",\"deadline\":\"31/12/2026\",\"leadUnitCode\":\""
                        + commune + "\"}");
        assertThat(task.statusCode()).as(task.body()).isEqualTo(201);
        assertThat(notices("haibinh.nhiemvu", "TASK_ASSIGNED"))
                .as("a draft tells no one")
                .isEmpty();
        assertThat(office.sendJson("POST", "/api/v1/plans/" + plan + "/issue", null)
                        .statusCode())
                .isEqualTo(200);
        List<JsonNode> told = notices("haibinh.nhiemvu", "TASK_ASSIGNED", 1);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).get("subject").asString())
                .isEqualTo("Nhiệm vụ được giao: Số hóa hồ sơ một cửa của phường");
        assertThat(told.get(0).get("body").asString()).contains("31/12/2026");

        assertThat(office.sendJson(
                                "POST",
                                "/api/v1/plans/" + plan + "/tasks",
                                "{\"text\":\"Tập huấn kỹ năng số cho tổ công nghệ số\",\"deadline\":\"30/11/2026\","
                                        + "\"leadUnitCode\":\"" + commune + "\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(notices("haibinh.nhiemvu", "TASK_ASSIGNED", 2))
                .as("a task added after issue is told too")
                .hasSize(2);
    }
}
