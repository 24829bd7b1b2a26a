package vn.dtihub.scoring.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dtihub.reporting.ValuesApproved;
import vn.dtihub.shared.InvalidInputException;

/**
 * Keeps scores in step with approvals. An approval only marks its period (a deadline day approves thousands of forms;
 * each would otherwise recompute the whole period); the job computes each marked period once per pass, taking it
 * under a row lock so that a second node computes another.
 */
@Component
public class ScoreJobs {

    private static final Logger log = LoggerFactory.getLogger(ScoreJobs.class);
    private final Runs runs;
    private final PendingScores pendingScores;
    private final TransactionTemplate transactions;

    ScoreJobs(Runs runs, PendingScores pendingScores, TransactionTemplate transactions) {
        this.runs = runs;
        this.pendingScores = pendingScores;
        this.transactions = transactions;
    }

    @ApplicationModuleListener
    void on(ValuesApproved event) {
        runs.markPending(event.periodId());
    }

    /**
     * Computes every waiting period, each in its own transaction. A period is taken off the list before it is computed
     * (a second node takes the next one; if the same period is marked again meanwhile, the two computations queue on
     * the period's lock and the second finds the same inputs). A period that cannot be scored is logged, not retried.
     */
    @Scheduled(fixedDelayString = "${dtihub.scoring.interval:PT30S}", initialDelayString = "PT20S")
    void computePending() {
        drain();
    }

    /** Computes every waiting period now; the number computed. */
    public int drain() {
        int computed = 0;
        for (Long period = next(); period != null; period = next()) {
            try {
                runs.compute(period, "VALUES_APPROVED");
                computed++;
            } catch (InvalidInputException e) {
                log.warn("Period {} cannot be scored: {}", period, e.getMessage());
            }
        }
        return computed;
    }

    private Long next() {
        return transactions.execute(status -> pendingScores.takePending().orElse(null));
    }
}
