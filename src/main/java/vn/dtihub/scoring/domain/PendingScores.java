package vn.dtihub.scoring.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of what waits to be scored: the periods marked pending, taken one at a time, the lock one computation of a period holds, and the framework version a period is scored under. */
@Repository
public class PendingScores {

    private final JdbcClient jdbc;

    PendingScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The framework version a period is scored under, when a standing office chose one other than its own. */
    public Optional<Long> scoringFramework(long periodId) {
        return jdbc.sql("select framework_id from score_framework where period_id = :p")
                .param("p", periodId)
                .query(Long.class)
                .optional();
    }

    /** Scores a period under a framework version from now on (its own: back to it). */
    public void chooseFramework(long periodId, long frameworkId, boolean own, String by) {
        if (own) {
            jdbc.sql("delete from score_framework where period_id = :p")
                    .param("p", periodId)
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into score_framework (period_id, framework_id, chosen_by) values (:p, :f, :by)
                        on conflict (period_id) do update set framework_id = excluded.framework_id,
                            chosen_by = excluded.chosen_by, chosen_at = now()""")
                .param("p", periodId)
                .param("f", frameworkId)
                .param("by", by)
                .update();
    }

    /**
     * Takes a period's computation lock until the caller's transaction ends: two computations of one period (two
     * nodes' jobs, a job and a click) run one after the other, the second reading the inputs and the current run the
     * first left, so one set of inputs is one run.
     */
    public void lockComputation(long periodId) {
        jdbc.sql("select pg_advisory_xact_lock(:k)")
                .param("k", 7_000_000_000L + periodId)
                .query()
                .singleRow();
    }

    /** Marks a period to be computed again; a period already waiting keeps its place. */
    public void markPending(long periodId) {
        jdbc.sql("insert into score_pending (period_id) values (:p) on conflict do nothing")
                .param("p", periodId)
                .update();
    }

    /**
     * Takes one waiting period, locked until the caller's transaction ends (another node skips it and takes the next);
     * empty when none waits.
     */
    public Optional<Long> takePending() {
        return jdbc.sql("""
                        delete from score_pending where period_id = (
                          select period_id from score_pending order by since for update skip locked limit 1)
                        returning period_id""").query(Long.class).optional();
    }

    public List<Long> pending() {
        return jdbc.sql("select period_id from score_pending order by since")
                .query(Long.class)
                .list();
    }
}
