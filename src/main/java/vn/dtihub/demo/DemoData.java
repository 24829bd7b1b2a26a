package vn.dtihub.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dtihub.shared.DatabaseMode;
import vn.dtihub.shared.DtiHubProperties;

/**
 * Builds the demo, in the order each part needs the one before: agencies (named by the seed documents), the
 * assignment of criteria to them, the plans that cite both, a reporting period over the plans' units, and
 * two quarters of every commune of Thanh Hóa. Only on
 * the embedded database, and only while {@code dtihub.demo.enabled} (on by default there) is true. It runs after the
 * reference data (units, the official frameworks) and before the accounts, whose demo users sit in these agencies.
 */
@Component
@Order(15)
class DemoData implements ApplicationRunner {

    private final DatabaseMode mode;
    private final boolean enabled;
    private final DemoAgencies agencies;
    private final DemoAssignments assignments;
    private final DemoPlans plans;
    private final DemoReporting reporting;
    private final DemoCommunes communes;
    private final vn.dtihub.shared.EventHousekeeping events;

    DemoData(
            DatabaseMode mode,
            DtiHubProperties settings,
            DemoAgencies agencies,
            DemoAssignments assignments,
            DemoPlans plans,
            DemoReporting reporting,
            DemoCommunes communes,
            vn.dtihub.shared.EventHousekeeping events) {
        this.events = events;
        this.communes = communes;
        this.mode = mode;
        this.enabled = settings.demo().enabled();
        this.agencies = agencies;
        this.assignments = assignments;
        this.plans = plans;
        this.reporting = reporting;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.embedded() || !enabled) {
            return;
        }
        agencies.seed();
        assignments.seed();
        plans.seed();
        reporting.seed();
        communes.seed();
        // The history's notices are handled before the demo accounts exist: no one is told of the demo's past, and
        // every first start builds the same demo.
        events.awaitHandled(java.time.Duration.ofSeconds(30));
    }
}
