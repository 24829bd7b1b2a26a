package vn.dtihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dtihub.scoring.domain.ScoreJobs;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/**
 * A period computed at the same moment by two nodes' jobs and by an office's click: one run for one set of inputs.
 * Each computation used to check the inputs against the current run before waiting for the period's lock, so the ones
 * that waited numbered a second and third run of the same inputs.
 */
class ScoreRunOnceIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.dtihub.scoring.domain.Runs scoring;

    @Autowired
    ScoreJobs jobs;

    private long runs(long period) {
        return jdbc.sql("select count(*) from score_run where period_id = :p")
                .param("p", period)
                .query(Long.class)
                .single();
    }

    /** The unit's form approved with a yes to the framework's first yes/no criterion: inputs that score. */
    private void approve(long period, String unitCode) {
        jdbc.sql("""
                        insert into reported_value (form_id, criterion_id, yes_value, updated_by)
                        select r.id, c.id, true, 'test' from report_form r
                        join admin_unit u on u.id = r.subject_unit_id
                        join reporting_period p on p.id = r.period_id
                        join criterion c on c.framework_id = p.framework_id and c.value_type = 'YES_NO'
                        where r.period_id = :p and r.agency_id is null and u.code = :c
                        order by c.position, c.id limit 1""").param("p", period).param("c", unitCode).update();
        jdbc.sql("""
                        update report_form r set status = 'APPROVED' from admin_unit u
                        where u.id = r.subject_unit_id and r.period_id = :p and r.agency_id is null and u.code = :c""").param("p", period).param("c", unitCode).update();
    }

    /** Eight computations of the period at once: two nodes' jobs draining the period's mark, and six clicks. */
    private void computeAtOnce(long period) throws Exception {
        scoring.markPending(period);
        CyclicBarrier start = new CyclicBarrier(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boolean job = i < 2;
            all.add(pool.submit(() -> {
                start.await();
                return job ? jobs.drain() : scoring.compute(period, "MANUAL");
            }));
        }
        for (Future<?> f : all) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    @Test
    void oneSetOfInputsIsOneRunHoweverManyComputeItAtOnce() throws Exception {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long period = SamplePeriods.openQuarter(office, SamplePeriods.communeFramework(office), 2038, 1);
        jobs.drain(); // what the suite left waiting
        computeAtOnce(period);
        long first = runs(period);
        assertThat(first).as("the period's first computation").isEqualTo(1);

        List<String> units =
                jdbc.sql("""
                        select u.code from report_form r join admin_unit u on u.id = r.subject_unit_id
                        where r.period_id = :p and r.agency_id is null order by u.code limit 3""").param("p", period).query(String.class).list();
        assertThat(units).hasSize(3);
        for (String unit : units) {
            approve(period, unit);
            long before = runs(period);
            for (int i = 0; i < 10; i++) {
                computeAtOnce(period);
            }
            assertThat(runs(period))
                    .as(
                            "one new run for the inputs an approval of %s changed, computed eight at a time, ten times",
                            unit)
                    .isEqualTo(before + 1);
        }
        assertThat(jdbc.sql("select count(distinct fingerprint) = count(*) from score_run where period_id = :p")
                        .param("p", period)
                        .query(Boolean.class)
                        .single())
                .as("no two runs of the same inputs")
                .isTrue();
    }
}
