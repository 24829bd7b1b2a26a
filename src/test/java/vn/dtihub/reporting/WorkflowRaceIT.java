package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.Principals;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.reporting.domain.FormEvent;
import vn.dtihub.reporting.domain.Forms;
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
    Users accounts;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @org.springframework.beans.factory.annotation.Autowired
    vn.dtihub.reporting.domain.Workflow workflow;

    @Autowired
    Principals principals;

    @Autowired
    TransactionTemplate transactions;

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

    /** The culture office's head, who signs its forms off. */
    private void createHead() {
        long vhtt = DemoDistrict.culture(units);
        if (accounts.list(TestPrincipal.admin(), "vhtt.tranhchap", 0, 1).isEmpty()) {
            accounts.create(
                    TestPrincipal.admin(),
                    new UserInput(
                            "vhtt.tranhchap", "Trưởng phòng (thử)", null, Role.APPROVER, null, null, vhtt, HEAD, true));
        }
    }

    @Test
    void savesRacingTheSubmitLandBeforeItOrAreRefusedAndAnApprovalNeverPrecedesTheSubmission() throws Exception {
        createHead();
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        WebClient reporter = WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD);
        String form = String.valueOf(DemoDistrict.formOf(reporter, DemoDistrict.openQuarter(office, 2022, 2)));
        long criterion = DemoDistrict.ratioCriterion(reporter, Long.parseLong(form));
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

    /**
     * An approval whose transaction began before a reviewer's correction, and waited for it: the history lists the
     * correction first, and its times must say the same. With the transaction's start time the approval read as
     * earlier than the correction it followed, and so did the form's approval time.
     */
    @Test
    void anApprovalThatWaitedForACorrectionIsTimedAfterIt() throws Exception {
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        WebClient reporter = WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD);
        long form = DemoDistrict.formOf(reporter, DemoDistrict.openQuarter(office, 2022, 3));
        long criterion = DemoDistrict.ratioCriterion(reporter, form);
        createHead();
        var signer = principals.loadUserByUsername("vhtt.tranhchap");
        var reviewer = principals.loadUserByUsername("nghison.cds");
        forms.save(
                principals.loadUserByUsername("nghison.vhtt"),
                form,
                criterion,
                0,
                new ValueInput("10", "50", null, null, null, null, null),
                null);
        int version = workflow.submit(signer, form, 0, null).version();

        long formId = form;
        long criterionId = criterion;
        CountDownLatch approvalBegun = new CountDownLatch(1);
        CountDownLatch corrected = new CountDownLatch(1);
        CountDownLatch approveNow = new CountDownLatch(1);
        CountDownLatch commitCorrection = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        Future<?> approval = two.submit(() -> transactions.executeWithoutResult(tx -> {
            jdbc.sql("select 1").query(Integer.class).single();
            approvalBegun.countDown();
            await(approveNow);
            workflow.approve(reviewer, formId, version);
        }));
        await(approvalBegun);
        Future<?> correction = two.submit(() -> transactions.executeWithoutResult(tx -> {
            forms.save(
                    reviewer,
                    formId,
                    criterionId,
                    1,
                    new ValueInput("12", "50", null, null, null, null, null),
                    "Theo biên bản kiểm tra");
            corrected.countDown();
            await(commitCorrection);
        }));
        await(corrected);
        approveNow.countDown();
        Thread.sleep(300);
        commitCorrection.countDown();
        correction.get(30, TimeUnit.SECONDS);
        approval.get(30, TimeUnit.SECONDS);
        two.shutdown();

        List<FormEvent> history = forms.history(reviewer, form);
        assertThat(history.get(0).action()).isEqualTo("APPROVED");
        assertThat(history.get(1).action()).isEqualTo("VALUE_CORRECTED");
        assertThat(history.get(0).at())
                .as("the approval is timed after the correction it waited for")
                .isAfterOrEqualTo(history.get(1).at());
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i - 1).at())
                    .as("newest first")
                    .isAfterOrEqualTo(history.get(i).at());
        }
        var times = jdbc.sql("""
                        select r.approved_at, v.updated_at from report_form r
                        join reported_value v on v.form_id = r.id and v.criterion_id = :c where r.id = :f""")
                .param("f", form)
                .param("c", criterion)
                .query((rs, n) -> List.of(
                        rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
                .single();
        assertThat(times.get(0)).as("approved after the value's last change").isAfterOrEqualTo(times.get(1));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
