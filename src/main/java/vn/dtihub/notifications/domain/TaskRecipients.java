package vn.dtihub.notifications.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dtihub.accounts.Accounts;
import vn.dtihub.accounts.Recipient;
import vn.dtihub.plans.Assignee;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.Plans;

/** Who hears of a task: everyone seated at each of its leads (an agency, or a unit itself), each user once. */
@Component
class TaskRecipients {

    private final Plans plans;
    private final Accounts accounts;

    TaskRecipients(Plans plans, Accounts accounts) {
        this.plans = plans;
        this.accounts = accounts;
    }

    List<Recipient> of(PlanTask task) {
        Map<Long, Recipient> to = new LinkedHashMap<>();
        for (Assignee lead : plans.leadsOf(task)) {
            for (Recipient r : lead.agencyId() != null
                    ? accounts.seatedAt(lead.agencyId(), null)
                    : accounts.seatedAt(null, lead.unitPath())) {
                to.putIfAbsent(r.userId(), r);
            }
        }
        return new ArrayList<>(to.values());
    }
}
