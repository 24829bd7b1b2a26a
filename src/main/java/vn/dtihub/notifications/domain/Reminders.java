package vn.dtihub.notifications.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Set;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.dtihub.accounts.Accounts;
import vn.dtihub.accounts.Recipient;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.Plans;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.shared.DtiHubProperties;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * The reminders (đôn đốc): every morning, the units whose forms are not submitted are told a set number of days
 * before the deadline (7 and 2 unless configured), the day after it passed, and weekly while late, their approver
 * included; the leads of late plan tasks weekly. A standing office can also remind all its late units now. Each
 * reminder has a key, so it is sent once, whatever restarts or extra nodes.
 */
@Service
public class Reminders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Reporting reporting;
    private final Plans plans;
    private final Accounts accounts;
    private final Notifications notifications;
    private final TaskRecipients taskRecipients;
    private final Set<Integer> daysBefore;
    private final String baseUrl;

    Reminders(
            Reporting reporting,
            Plans plans,
            Accounts accounts,
            Notifications notifications,
            TaskRecipients taskRecipients,
            DtiHubProperties settings) {
        this.taskRecipients = taskRecipients;
        this.reporting = reporting;
        this.plans = plans;
        this.accounts = accounts;
        this.notifications = notifications;
        this.daysBefore = Set.copyOf(settings.reminders().daysBefore());
        this.baseUrl = settings.baseUrl().replaceAll("/+$", "");
    }

    @Scheduled(cron = "${dtihub.reminders.cron:0 0 7 * * *}", zone = vn.dtihub.shared.VietnamTime.ZONE_ID)
    public void everyMorning() {
        run(reporting.today());
    }

    /** Sends the reminders due on a day; returns how many notifications were created. */
    public int run(LocalDate today) {
        int created = 0;
        for (FormSummary f : reporting.pendingForms()) {
            long left = f.daysLeft(today);
            String key;
            String subject;
            if (left >= 0 && daysBefore.contains((int) left)) {
                key = "form:" + f.id() + ":before:" + left + ":" + f.deadline();
                subject = "Còn " + left + " ngày: biểu " + f.periodTitle();
            } else if (left < 0 && (-left) % 7 == 1) {
                key = "form:" + f.id() + ":late:" + today;
                subject = "Quá hạn " + (-left) + " ngày: biểu " + f.periodTitle();
            } else {
                continue;
            }
            created += tellForm(f, "REMINDER", key, subject);
        }
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        for (PlanTask t : plans.lateTasks()) {
            for (Recipient r : taskRecipients.of(t)) {
                if (notifications.tell(
                        r,
                        "TASK_LATE",
                        "Nhiệm vụ quá hạn: " + shorten(t.text()),
                        "Nhiệm vụ \"" + t.text() + "\" (thời hạn: " + t.deadlineText() + ") chưa hoàn thành."
                                + "\nCập nhật tiến độ tại: " + baseUrl + "/tasks/" + t.id(),
                        "/tasks/" + t.id(),
                        "task:" + t.id() + ":late:" + week)) {
                    created++;
                }
            }
        }
        return created;
    }

    /** Reminds, now, every late unit of a period the caller's office manages (once a day per form). */
    public int nudge(ScopedPrincipal caller, long periodId) {
        PeriodSummary p = reporting.get(caller, periodId);
        if (!reporting.manages(caller, p)) {
            throw new AccessDeniedException("The standing office that opened the period reminds its units");
        }
        LocalDate today = reporting.today();
        int created = 0;
        for (FormSummary f : reporting.completeness(caller, periodId, null, null)) {
            if (f.late(today)) {
                created += tellForm(
                        f,
                        "NUDGE",
                        "nudge:" + f.id() + ":" + today,
                        "Đôn đốc: biểu " + f.periodTitle() + " đã quá hạn " + (-f.daysLeft(today)) + " ngày");
            }
        }
        return created;
    }

    private int tellForm(FormSummary f, String kind, String key, String subject) {
        int created = 0;
        String body = f.assigneeName() + ": biểu " + f.periodTitle() + ", hạn "
                + f.deadline().format(DAY)
                + ". Đã nhập " + f.filled() + "/" + f.items() + " tiêu chí; biểu chưa được nộp."
                + "\nNhập và nộp biểu tại: " + baseUrl + "/forms/" + f.id()
                + "\n(Thư tự động của DTI Hub; lãnh đạo đơn vị nhận bản sao để ký duyệt.)";
        for (Recipient r : accounts.seatedAt(f.agencyId(), f.assigneePath())) {
            if (notifications.tell(r, kind, subject + " – " + f.assigneeName(), body, "/forms/" + f.id(), key)) {
                created++;
            }
        }
        return created;
    }

    /** A task's text cut for a subject line. */
    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
