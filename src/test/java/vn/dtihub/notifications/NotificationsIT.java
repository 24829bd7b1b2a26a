package vn.dtihub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.notifications.domain.Outbox;
import vn.dtihub.notifications.domain.Reminders;
import vn.dtihub.reporting.DemoDistrict;
import vn.dtihub.reporting.domain.Periods;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.shared.WebClient;
import vn.dtihub.units.Units;

/**
 * Reminders of the reporting cycle, by e-mail through a real SMTP server and in the application: sent once however
 * often the job runs, kept and retried while the mail server is down, and a standing office's "remind now".
 */
class NotificationsIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "mật khẩu cán bộ nhận nhắc việc";

    @LocalServerPort
    int port;

    @Autowired
    Reminders reminders;

    @Autowired
    Outbox outbox;

    @Autowired
    Periods periods;

    @Autowired
    Users accounts;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    private String open(WebClient office, LocalDate commune, LocalDate district, LocalDate province, int year) {
        HttpResponse<String> r = office.sendJson(
                "POST",
                "/api/v1/periods",
                "{\"frameworkId\":" + DemoDistrict.framework(office) + ",\"kind\":\"QUARTER\",\"year\":" + year
                        + ",\"quarter\":2,\"dueCommune\":\"" + commune + "\",\"dueDistrict\":\"" + district
                        + "\",\"dueProvince\":\"" + province + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asString();
    }

    /** The e-mails received by an address whose subject contains a text. */
    private MimeMessage[] about(String address, String subject) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                        .anyMatch(a -> a.toString().contains(address))
                                && m.getSubject().contains(subject);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(MimeMessage[]::new);
    }

    @Test
    void aUnitIsRemindedOnceByMailAndInTheAppAndNothingIsLostWhileTheMailServerIsDown() throws Exception {
        long vhtt = DemoDistrict.culture(units);
        if (accounts.list(TestPrincipal.admin(), "vhtt.nhacviec", 0, 1).isEmpty()) {
            accounts.create(
                    TestPrincipal.admin(),
                    new UserInput(
                            "vhtt.nhacviec",
                            "Chuyên viên nhận nhắc việc",
                            "vhtt.nhacviec@nghison.example",
                            Role.REPORTER,
                            null,
                            null,
                            vhtt,
                            PASSWORD,
                            true));
        }
        LocalDate today = periods.today();
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        open(office, today.plusDays(1), today.plusDays(7), today.plusDays(10), 2023);

        int created = reminders.run(today);
        assertThat(created)
                .as("the office's users are told that 7 days are left")
                .isPositive();
        assertThat(reminders.run(today))
                .as("the job run again tells nobody twice")
                .isZero();
        assertThat(outbox.sendDue()).isPositive();
        MimeMessage[] received = about("vhtt.nhacviec@nghison.example", "Còn 7 ngày: biểu Quý II/2023");
        assertThat(received).as("one e-mail, however often the job ran").hasSize(1);
        assertThat(received[0].getSubject()).contains("Phòng Văn hóa và Thông tin");
        assertThat(received[0].getContent().toString()).contains("chưa được nộp", "/forms/");

        WebClient user = WebClient.api(port, "vhtt.nhacviec", PASSWORD);
        long unread = JSON.readTree(user.getJson("/api/v1/notifications/unread").body())
                .get("unread")
                .asLong();
        assertThat(unread).isPositive();
        long id = JSON.readTree(user.getJson("/api/v1/notifications").body())
                .get(0)
                .get("id")
                .asLong();
        assertThat(WebClient.api(port, "quangngai.xem", DEMO_PASSWORD)
                        .sendJson("POST", "/api/v1/notifications/" + id + "/read", null)
                        .statusCode())
                .as("another user's notification is not found")
                .isEqualTo(404);
        assertThat(JSON.readTree(user.sendJson("POST", "/api/v1/notifications/" + id + "/read", null)
                                .body())
                        .get("unread")
                        .asLong())
                .isEqualTo(unread - 1);

        mail.stop();
        try {
            assertThat(reminders.run(today.plusDays(8)))
                    .as("the day after the deadline")
                    .isPositive();
            assertThat(outbox.sendDue()).as("the mail server is down").isZero();
            assertThat(WebClient.signedIn(port, "vhtt.nhacviec", PASSWORD)
                            .get("/notifications")
                            .body())
                    .as("the page still works, the notification is there")
                    .contains("Quá hạn 1 ngày");
            assertThat(jdbc.sql(
                                    "select count(*) from notification n join app_user u on u.id = n.user_id"
                                            + " where u.username = 'vhtt.nhacviec' and n.email_status = 'PENDING'"
                                            + " and n.attempts = 1 and n.last_error is not null and n.subject like 'Quá hạn 1 ngày%'")
                            .query(Long.class)
                            .single())
                    .as("kept for a later attempt")
                    .isEqualTo(1);
        } finally {
            restartMail();
        }
        jdbc.sql("update notification set next_attempt_at = now() where email_status = 'PENDING'")
                .update();
        assertThat(outbox.sendDue()).isPositive();
        assertThat(about("vhtt.nhacviec@nghison.example", "Quá hạn 1 ngày: biểu Quý II/2023"))
                .as("sent once the mail server is back")
                .hasSize(1);
    }

    @Test
    void aStandingOfficeRemindsItsLateUnitsNowOnceADayAndLateTasksAreIncluded() {
        LocalDate today = periods.today();
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        String period = open(office, today.minusDays(10), today.minusDays(5), today.minusDays(3), 2024);
        HttpResponse<String> first = office.sendJson("POST", "/api/v1/periods/" + period + "/nudge", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).get("reminded").asInt()).isPositive();
        assertThat(JSON.readTree(office.sendJson("POST", "/api/v1/periods/" + period + "/nudge", null)
                                .body())
                        .get("reminded")
                        .asInt())
                .as("a second click the same day tells nobody again")
                .isZero();
        assertThat(WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD)
                        .sendJson("POST", "/api/v1/periods/" + period + "/nudge", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebClient.api(port, "quangngai.xem", DEMO_PASSWORD)
                        .sendJson("POST", "/api/v1/periods/" + period + "/nudge", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(JSON.readTree(WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD)
                                .getJson("/api/v1/notifications")
                                .body())
                        .findValuesAsString("kind"))
                .contains("NUDGE");

        long vhtt = DemoDistrict.culture(units);
        long plan = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"number\":\"95/KH-UBND\",\"title\":\"Kế hoạch có nhiệm vụ quá hạn\",\"yearFrom\":2026}")
                        .body())
                .get("id")
                .asLong();
        assertThat(office.sendJson(
                                "POST",
                                "/api/v1/plans/" + plan + "/tasks",
                                "{\"text\":\"Cập nhật cơ sở dữ liệu văn hóa số\",\"deadline\":\"30/6/2026\",\"leadAgencyId\":"
                                        + vhtt + "}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(office.sendJson(
                                "POST",
                                "/api/v1/plans/" + plan + "/tasks",
                                "{\"text\":\"Rà soát dữ liệu hộ tịch số\",\"deadline\":\"30/6/2026\","
                                        + "\"leads\":{\"written\":\"UBND các xã, phường, thị trấn\",\"groups\":[\"COMMUNES\"]}}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(office.sendJson("POST", "/api/v1/plans/" + plan + "/issue", null)
                        .statusCode())
                .isEqualTo(200);
        reminders.run(today);
        assertThat(JSON.readTree(WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD)
                                .getJson("/api/v1/notifications")
                                .body())
                        .findValuesAsString("subject"))
                .as("the lead of an issued plan's late task is reminded too")
                .contains("Nhiệm vụ quá hạn: Cập nhật cơ sở dữ liệu văn hóa số");
        assertThat(JSON.readTree(WebClient.api(port, "tinhhai.baocao", DEMO_PASSWORD)
                                .getJson("/api/v1/notifications")
                                .body())
                        .findValuesAsString("subject"))
                .as("each commune of \"UBND các xã, phường, thị trấn\" leads the task and is reminded")
                .contains("Nhiệm vụ quá hạn: Rà soát dữ liệu hộ tịch số");
    }

    @Test
    void twoNodesRunningTheRemindersAtOnceTellEachLeadOnce() throws Exception {
        LocalDate today = periods.today();
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        long vhtt = DemoDistrict.culture(units);
        long plan = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"number\":\"96/KH-UBND\",\"title\":\"Kế hoạch nhắc việc trên hai nút\",\"yearFrom\":2026}")
                        .body())
                .get("id")
                .asLong();
        long task = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans/" + plan + "/tasks",
                                "{\"text\":\"Rà soát trang thông tin điện tử hai nút\",\"deadline\":\"30/6/2026\","
                                        + "\"leadAgencyId\":" + vhtt + "}")
                        .body())
                .get("id")
                .asLong();
        assertThat(office.sendJson("POST", "/api/v1/plans/" + plan + "/issue", null)
                        .statusCode())
                .isEqualTo(200);
        // The morning job of two nodes, at the same moment: the (user, key) of a reminder makes it happen once.
        var both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var first = both.submit(() -> {
                start.await();
                return reminders.run(today);
            });
            var second = both.submit(() -> {
                start.await();
                return reminders.run(today);
            });
            start.countDown();
            first.get();
            second.get();
        } finally {
            both.shutdownNow();
        }
        java.util.List<Long> perUser =
                jdbc.sql("""
                        select count(*) from notification where link = :link and kind = 'TASK_LATE'
                         group by user_id""").param("link", "/tasks/" + task).query(Long.class).list();
        assertThat(perUser).as("each lead's users told once").isNotEmpty().containsOnly(1L);
    }
}
