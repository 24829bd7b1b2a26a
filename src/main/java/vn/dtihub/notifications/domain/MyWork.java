package vn.dtihub.notifications.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.Plans;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * What waits for the signed-in user now, for the home page: the forms to fill (how full, how many days left), the
 * forms sent back (with the number of comments), the filled forms to sign, the forms to appraise, the office's open
 * periods at a glance, the late tasks and those due this month, the unread notifications. Each list holds what the
 * caller's seat and role act on, under the same rules as the pages it links to.
 */
@Service
public class MyWork {

    /** A card lists at most this many items and links to the page with all of them. */
    static final int SHOWN = 5;

    private final Reporting reporting;
    private final Plans plans;
    private final Notifications notifications;

    MyWork(Reporting reporting, Plans plans, Notifications notifications) {
        this.reporting = reporting;
        this.plans = plans;
        this.notifications = notifications;
    }

    /** A form on a card: how many days are left (negative: late) and, when sent back, the comments to address. */
    public record FormItem(FormSummary form, long daysLeft, int comments) {}

    /** An open period the caller's office runs: its forms by state, the late ones, the share approved. */
    public record PeriodGlance(PeriodSummary period, int forms, Map<FormStatus, Integer> byStatus, int late) {
        public int count(FormStatus status) {
            return byStatus.getOrDefault(status, 0);
        }

        public int percentApproved() {
            return forms == 0 ? 0 : count(FormStatus.APPROVED) * 100 / forms;
        }
    }

    /** A list shown on a card, and how many there are in all. */
    public record Card<T>(List<T> items, int total) {
        static <T> Card<T> of(List<T> all) {
            return new Card<>(all.subList(0, Math.min(SHOWN, all.size())), all.size());
        }

        public boolean empty() {
            return total == 0;
        }
    }

    public record Work(
            Card<FormItem> toFill,
            Card<FormItem> returned,
            Card<FormItem> toSign,
            Card<FormItem> toReview,
            List<PeriodGlance> periods,
            Card<PlanTask> lateTasks,
            Card<PlanTask> dueThisMonth,
            long unread,
            List<Notification> latest) {

        /** Nothing at all to act on: the page says so instead of showing empty cards. */
        public boolean nothing() {
            return toFill.empty()
                    && returned.empty()
                    && toSign.empty()
                    && toReview.empty()
                    && periods.isEmpty()
                    && lateTasks.empty()
                    && dueThisMonth.empty()
                    && unread == 0;
        }
    }

    public LocalDate today() {
        return reporting.today();
    }

    public Work of(ScopedPrincipal caller) {
        LocalDate today = reporting.today();
        Map<Long, PeriodSummary> periods = new HashMap<>();
        List<FormItem> toFill = new ArrayList<>();
        List<FormItem> returned = new ArrayList<>();
        List<FormItem> toSign = new ArrayList<>();
        for (FormSummary f : reporting.myForms(caller)) {
            if (!f.status().editableByUnit()) {
                continue;
            }
            PeriodSummary p = periods.computeIfAbsent(
                    f.periodId(), id -> reporting.find(id).orElseThrow());
            if (!p.open()) {
                continue;
            }
            boolean fills = reporting.fills(caller, f);
            boolean signs = reporting.signs(caller, f);
            if (f.status() == FormStatus.RETURNED && (fills || signs)) {
                returned.add(new FormItem(f, f.daysLeft(today), reporting.comments(caller, f)));
            } else if (signs && f.filled() == f.items()) {
                toSign.add(new FormItem(f, f.daysLeft(today), 0));
            } else if (fills) {
                toFill.add(new FormItem(f, f.daysLeft(today), 0));
            }
        }
        Comparator<FormItem> soonest = Comparator.comparingLong(FormItem::daysLeft);
        toFill.sort(soonest);
        returned.sort(soonest);
        toSign.sort(soonest);

        List<FormItem> toReview = new ArrayList<>();
        List<PeriodGlance> glances = new ArrayList<>();
        if (caller.administers()) {
            for (PeriodSummary p : reporting.list(caller)) {
                if (!p.open() || !reporting.manages(caller, p)) {
                    continue;
                }
                Map<FormStatus, Integer> byStatus = new EnumMap<>(FormStatus.class);
                int late = 0;
                List<FormSummary> forms = reporting.completeness(caller, p.id(), null, null);
                for (FormSummary f : forms) {
                    byStatus.merge(f.status(), 1, Integer::sum);
                    if (f.late(today)) {
                        late++;
                    }
                    if (f.status().inReview()) {
                        toReview.add(new FormItem(f, f.daysLeft(today), 0));
                    }
                }
                glances.add(new PeriodGlance(p, forms.size(), byStatus, late));
            }
        }
        // The longest waiting first: a form submitted earlier has waited longer for its appraisal.
        toReview.sort(Comparator.comparing(
                (FormItem i) -> i.form().submittedAt(), Comparator.nullsLast(Comparator.naturalOrder())));

        YearMonth month = YearMonth.from(today);
        List<PlanTask> led = plans.ledByMe(caller);
        List<PlanTask> late =
                led.stream().filter(PlanTask::late).sorted(byDue()).toList();
        List<PlanTask> due = led.stream()
                .filter(t -> !t.late()
                        && t.nextDue() != null
                        && YearMonth.from(t.nextDue()).equals(month))
                .sorted(byDue())
                .toList();
        return new Work(
                Card.of(toFill),
                Card.of(returned),
                Card.of(toSign),
                Card.of(toReview),
                glances,
                Card.of(late),
                Card.of(due),
                notifications.unread(caller),
                notifications.latest(caller, 3));
    }

    private static Comparator<PlanTask> byDue() {
        return Comparator.comparing(PlanTask::nextDue, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
