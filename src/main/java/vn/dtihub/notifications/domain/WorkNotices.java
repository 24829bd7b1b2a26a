package vn.dtihub.notifications.domain;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.dtihub.accounts.Accounts;
import vn.dtihub.accounts.Recipient;
import vn.dtihub.accounts.Role;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.TaskAssigned;
import vn.dtihub.reporting.AppealDecided;
import vn.dtihub.reporting.FormApproved;
import vn.dtihub.reporting.FormFilled;
import vn.dtihub.reporting.FormReopened;
import vn.dtihub.reporting.FormReturned;
import vn.dtihub.reporting.FormSubmitted;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.shared.DtiHubProperties;

/**
 * Tells people when something happens to their work, as the owning modules publish it: a form submitted reaches the
 * standing office that reviews it; a form sent back or reopened reaches the unit's reporters (with how many criteria
 * to correct); an approval, and an appeal's answer, the whole unit; a form filled to its last value the unit's
 * approver; a task its leads. Each notice has a key, so an event delivered again (after a restart, by the
 * housekeeping) tells nobody twice; e-mail follows each user's preference through the outbox.
 */
@Component
class WorkNotices {

    private final Reporting reporting;
    private final Plans plans;
    private final Accounts accounts;
    private final Notifications notifications;
    private final TaskRecipients taskRecipients;
    private final String baseUrl;

    WorkNotices(
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
        this.baseUrl = settings.baseUrl().replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void on(FormSubmitted e) {
        FormSummary f = form(e.formId());
        PeriodSummary p = reporting.find(e.periodId()).orElseThrow();
        tell(
                accounts.officesAt(p.scopePath()),
                "FORM_SUBMITTED",
                "Biểu đã gửi, chờ thẩm định: " + f.assigneeName() + " – " + f.periodTitle(),
                f.assigneeName() + " đã ký duyệt và gửi biểu " + f.periodTitle() + " (" + f.filled() + "/" + f.items()
                        + " tiêu chí có giá trị).\nThẩm định tại: " + link(f),
                f,
                "form:" + f.id() + ":submitted:" + e.version());
    }

    @ApplicationModuleListener
    void on(FormReturned e) {
        FormSummary f = form(e.formId());
        String comments = e.comments() == 0 ? "" : " (" + e.comments() + " nhận xét)";
        tell(
                reporters(f),
                "FORM_RETURNED",
                "Biểu bị trả lại" + comments + ": " + f.periodTitle() + " – " + f.assigneeName(),
                "Văn phòng thường trực đã trả lại biểu " + f.periodTitle() + " của " + f.assigneeName()
                        + (e.comments() == 0 ? "" : ", với " + e.comments() + " nhận xét trên các tiêu chí cần sửa")
                        + "."
                        + (e.note() == null || e.note().isBlank() ? "" : "\nLý do: " + e.note())
                        + "\nSửa và trình ký lại tại: " + link(f),
                f,
                "form:" + f.id() + ":returned:" + e.version());
    }

    @ApplicationModuleListener
    void on(FormReopened e) {
        FormSummary f = form(e.formId());
        tell(
                accounts.seatedAt(f.agencyId(), f.assigneePath()),
                "FORM_REOPENED",
                "Biểu đã duyệt được mở lại: " + f.periodTitle() + " – " + f.assigneeName(),
                "Văn phòng thường trực đã mở lại biểu " + f.periodTitle() + " của " + f.assigneeName() + ".\nLý do: "
                        + e.reason() + "\nSửa và trình ký lại tại: " + link(f),
                f,
                "form:" + f.id() + ":reopened:" + e.version());
    }

    @ApplicationModuleListener
    void on(FormApproved e) {
        FormSummary f = form(e.formId());
        tell(
                accounts.seatedAt(f.agencyId(), f.assigneePath()),
                "FORM_APPROVED",
                "Biểu đã được duyệt: " + f.periodTitle() + " – " + f.assigneeName(),
                "Biểu " + f.periodTitle() + " của " + f.assigneeName()
                        + " đã được thẩm định và duyệt; số liệu được khóa và tính vào điểm của kỳ.\nXem tại: "
                        + link(f),
                f,
                "form:" + f.id() + ":approved:" + e.version());
    }

    @ApplicationModuleListener
    void on(FormFilled e) {
        FormSummary f = form(e.formId());
        tell(
                role(f, Role.APPROVER),
                "FORM_FILLED",
                "Đã nhập đủ, đề nghị ký duyệt: " + f.periodTitle() + " – " + f.assigneeName(),
                "Biểu " + f.periodTitle() + " của " + f.assigneeName() + " đã nhập đủ " + f.items() + " tiêu chí ("
                        + e.by() + ").\nĐề nghị lãnh đạo xem, ký duyệt và gửi tại: " + link(f),
                f,
                "form:" + f.id() + ":filled:" + e.version());
    }

    @ApplicationModuleListener
    void on(AppealDecided e) {
        FormSummary f = form(e.formId());
        String verdict = e.accepted() ? "được chấp nhận" : "không được chấp nhận";
        tell(
                accounts.seatedAt(f.agencyId(), f.assigneePath()),
                "APPEAL_DECIDED",
                "Kiến nghị về tiêu chí " + e.criterionCode() + " " + verdict + ": " + f.periodTitle(),
                "Kiến nghị của " + f.assigneeName() + " về tiêu chí " + e.criterionCode() + " (biểu "
                        + f.periodTitle() + ") " + verdict + "."
                        + (e.answer() == null || e.answer().isBlank() ? "" : "\nTrả lời: " + e.answer())
                        + "\nXem tại: " + link(f),
                f,
                "appeal:" + e.appealId() + ":decided");
    }

    @ApplicationModuleListener
    void on(TaskAssigned e) {
        PlanTask t = plans.findTask(e.taskId()).orElse(null);
        if (t == null) {
            return;
        }
        String link = "/tasks/" + t.id();
        for (Recipient r : taskRecipients.of(t)) {
            notifications.tell(
                    r,
                    "TASK_ASSIGNED",
                    "Nhiệm vụ được giao: " + Reminders.shorten(t.text()),
                    "Đơn vị được giao chủ trì nhiệm vụ \"" + t.text() + "\""
                            + (t.deadlineText() == null || t.deadlineText().isBlank()
                                    ? ""
                                    : " (thời hạn: " + t.deadlineText() + ")")
                            + ".\nXem và báo cáo tiến độ tại: " + baseUrl + link,
                    link,
                    "task:" + t.id() + ":assigned");
        }
    }

    private FormSummary form(long id) {
        return reporting.findForm(id).orElseThrow();
    }

    /** The unit's reporters; when it has none, everyone seated there (a small commune's approver enters too). */
    private List<Recipient> reporters(FormSummary f) {
        List<Recipient> reporters = role(f, Role.REPORTER);
        return reporters.isEmpty() ? accounts.seatedAt(f.agencyId(), f.assigneePath()) : reporters;
    }

    private List<Recipient> role(FormSummary f, Role role) {
        return accounts.seatedAt(f.agencyId(), f.assigneePath()).stream()
                .filter(r -> r.role() == role)
                .toList();
    }

    private void tell(List<Recipient> to, String kind, String subject, String body, FormSummary f, String key) {
        for (Recipient r : to) {
            notifications.tell(r, kind, subject, body, "/forms/" + f.id(), key);
        }
    }

    private String link(FormSummary f) {
        return baseUrl + "/forms/" + f.id();
    }
}
