package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.accounts.Accounts;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.UserInput;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.shared.WebClient;
import vn.dtihub.units.Units;

/**
 * What breaks real systems, on purpose: reporters saving while their head submits, and an approval racing the
 * reviewer's own correction. Either a save lands before the status change and is covered by it, or it is refused;
 * never a change after.
 */
class WorkflowRaceIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEAD = "mật khẩu trưởng phòng thử tranh chấp";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    /** Saves the value again and again, each time with the version it just read, until told to stop. */
    private static int keepSaving(WebClient reporter, String form, long criterion, AtomicBoolean stop) {
        int saved = 0;
        int i = 1;
        while (!stop.get()) {
            int version = 0;
            for (JsonNode l : JSON.readTree(
                            reporter.getJson("/api/v1/forms/" + form).body())
                    .get("lines")) {
                if (l.get("criterionId").asLong() == criterion) {
                    version = l.get("version").asInt();
                }
            }
            HttpResponse<String> r = reporter.sendJson(
                    "PUT",
                    "/api/v1/forms/" + form + "/values/" + criterion,
                    "{\"version\":" + version + ",\"number\":\"" + (i++ % 50) + "\",\"denominator\":\"50\"}");
            if (r.statusCode() == 200) {
                saved++;
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
            }
        }
        return saved;
    }

    private long lastEvent(String form, String action) {
        return jdbc.sql("select coalesce(max(id), 0) from form_event where form_id = :f and action = :a")
                .param("f", Long.parseLong(form))
                .param("a", action)
                .query(Long.class)
                .single();
    }

    @Test
    void savesRacingTheSubmitLandBeforeItOrAreRefusedAndAnApprovalNeverPrecedesTheSubmission() throws Exception {
        long vhtt = DemoDistrict.culture(units);
        if (accounts.list(TestPrincipal.admin(), "vhtt.tranhchap", 0, 1).isEmpty()) {
            accounts.create(
                    TestPrincipal.admin(),
                    new UserInput(
                            "vhtt.tranhchap", "Trưởng phòng (thử)", null, Role.APPROVER, null, null, vhtt, HEAD, true));
        }
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        long framework = DemoDistrict.framework(office);
        String period = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/periods",
                                "{\"frameworkId\":" + framework + ",\"kind\":\"QUARTER\",\"year\":2022,\"quarter\":2}")
                        .body())
                .get("id")
                .asString();
        WebClient reporter = WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD);
        String form = null;
        for (JsonNode f : JSON.readTree(reporter.getJson("/api/v1/forms").body())) {
            if (f.get("periodId").asString().equals(period)) {
                form = f.get("id").asString();
            }
        }
        long criterion = -1;
        for (JsonNode l :
                JSON.readTree(reporter.getJson("/api/v1/forms/" + form).body()).get("lines")) {
            if ("RATIO".equals(l.path("valueType").asString())) {
                criterion = l.get("criterionId").asLong();
            }
        }
        assertThat(office.sendJson("POST", "/api/v1/forms/" + form + "/approve", "{\"version\":0}")
                        .statusCode())
                .as("an approval before the submission")
                .isEqualTo(409);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Integer>> savers = new ArrayList<>();
        String formId = form;
        long criterionId = criterion;
        for (int t = 0; t < 4; t++) {
            savers.add(pool.submit(
                    () -> keepSaving(WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD), formId, criterionId, stop)));
        }
        Thread.sleep(400);
        HttpResponse<String> submitted = WebClient.api(port, "vhtt.tranhchap", HEAD)
                .sendJson("POST", "/api/v1/forms/" + form + "/submit", "{\"version\":0}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        Thread.sleep(300);
        stop.set(true);
        int saves = 0;
        for (Future<Integer> f : savers) {
            saves += f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(saves).as("the savers did save before the submit").isPositive();
        assertThat(lastEvent(form, "VALUE_SAVED"))
                .as("no value saved after the submission")
                .isLessThan(lastEvent(form, "SUBMITTED"));

        // The reviewer corrects a value (with a reason) while another reviewer's approval goes through.
        int version = JSON.readTree(submitted.body()).get("version").asInt();
        ExecutorService two = Executors.newFixedThreadPool(2);
        int valueVersion = 0;
        for (JsonNode l :
                JSON.readTree(office.getJson("/api/v1/forms/" + form).body()).get("lines")) {
            if (l.get("criterionId").asLong() == criterion) {
                valueVersion = l.get("version").asInt();
            }
        }
        int v = valueVersion;
        Future<Integer> correction = two.submit(() -> office.sendJson(
                        "PUT",
                        "/api/v1/forms/" + formId + "/values/" + criterionId,
                        "{\"version\":" + v
                                + ",\"number\":\"49\",\"denominator\":\"50\",\"reason\":\"Theo biên bản kiểm tra\"}")
                .statusCode());
        Future<Integer> approval = two.submit(() -> WebClient.api(port, "nghison.cds", DEMO_PASSWORD)
                .sendJson("POST", "/api/v1/forms/" + formId + "/approve", "{\"version\":" + version + "}")
                .statusCode());
        assertThat(approval.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        int corrected = correction.get(30, TimeUnit.SECONDS);
        two.shutdown();
        assertThat(corrected).as("the correction landed first or was refused").isIn(200, 409);
        assertThat(lastEvent(form, "VALUE_CORRECTED"))
                .as("never a change after the approval")
                .isLessThan(lastEvent(form, "APPROVED"));
    }
}
