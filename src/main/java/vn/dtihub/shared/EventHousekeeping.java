package vn.dtihub.shared;

import java.time.Duration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the events between modules (Spring Modulith's registry, table event_publication) honest over time. An event
 * whose listener has not finished after a while (the node stopped between the approval's commit and the listener, or
 * the listener failed) is delivered again: every listener here is idempotent (marking a period for scoring, say). An
 * event whose listener finished is kept for a while as a record of what ran, then deleted: an approval a day for
 * years would otherwise fill the table.
 */
@Component
public class EventHousekeeping {

    private final EventPublicationRegistry registry;
    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Duration resubmitAfter;
    private final Duration keepCompleted;

    EventHousekeeping(
            EventPublicationRegistry registry,
            IncompleteEventPublications incomplete,
            CompletedEventPublications completed,
            DtiHubProperties settings) {
        this.registry = registry;
        this.incomplete = incomplete;
        this.completed = completed;
        this.resubmitAfter = settings.events().resubmitAfter();
        this.keepCompleted = settings.events().keepCompleted();
    }

    @Scheduled(fixedDelayString = "${dtihub.events.interval:PT5M}", initialDelayString = "PT1M")
    void scheduled() {
        run();
    }

    /**
     * Waits until every event published so far has been handled by its listeners (or the time is up): the demo, which
     * builds its history before its accounts exist, waits so that the notices of that history reach no one, every
     * first start alike. True when nothing is left.
     */
    public boolean awaitHandled(Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (!registry.findIncompletePublications().isEmpty()) {
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Delivers again the events left unfinished for longer than the set time; deletes old finished ones. */
    public void run() {
        // Published, being processed or already resubmitted for longer than that: the listener is not coming back (the
        // registry only asks for those three states). Failed ones are then delivered again.
        registry.markStalePublicationsFailed(status -> resubmitAfter);
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(resubmitAfter));
        completed.deletePublicationsOlderThan(keepCompleted);
    }
}
