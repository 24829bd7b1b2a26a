package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/**
 * The database goes away in the middle of a save (a restart: the server ends every connection, transactions open on
 * them included). The user gets a clear error, nothing half-written remains (neither the value, nor its history, nor
 * its audit entry), and the next save works on a fresh connection.
 */
class DatabaseFailureIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    /** The backend of a save waiting on the history table, once it has written the value in its transaction. */
    private Integer saveInFlight() {
        List<Integer> pids = jdbc.sql("""
                        select pid from pg_stat_activity
                        where wait_event_type = 'Lock' and query like 'insert into form_event%'""").query(Integer.class).list();
        return pids.isEmpty() ? null : pids.get(0);
    }

    private long count(String sql, long form, long criterion) {
        return jdbc.sql(sql)
                .param("f", form)
                .param("c", criterion)
                .query(Long.class)
                .single();
    }

    @Test
    void aSaveCutOffByADatabaseRestartIsAClearErrorAndLeavesNothingHalfWritten() throws Exception {
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        WebClient reporter = WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD);
        long period = DemoDistrict.openQuarter(office, 2021, 2);
        long form = DemoDistrict.formOf(reporter, period);
        long criterion = DemoDistrict.ratioCriterion(reporter, form);
        String save = "/api/v1/forms/" + form + "/values/" + criterion;

        HttpResponse<String> cut;
        try (Connection blocker = dataSource.getConnection()) {
            // Hold the history table so that the save stops between writing its value and writing its history.
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("lock table form_event in exclusive mode");
            CompletableFuture<HttpResponse<String>> saving = CompletableFuture.supplyAsync(
                    () -> reporter.sendJson("PUT", save, "{\"version\":0,\"number\":\"45\",\"denominator\":\"50\"}"));
            Integer pid = null;
            for (int i = 0; i < 200 && pid == null; i++) {
                Thread.sleep(25);
                pid = saveInFlight();
            }
            assertThat(pid).as("the save is in flight, its value written").isNotNull();
            // What a restart does to that connection: the server ends it, with the transaction open.
            jdbc.sql("select pg_terminate_backend(:pid)")
                    .param("pid", pid)
                    .query(Boolean.class)
                    .single();
            blocker.rollback();
            cut = saving.get(30, TimeUnit.SECONDS);
        }

        assertThat(cut.statusCode()).as(cut.body()).isEqualTo(503);
        assertThat(cut.body()).contains("Cơ sở dữ liệu tạm thời không truy cập được: chưa có gì được lưu");
        assertThat(count(
                        "select count(*) from reported_value where form_id = :f and criterion_id = :c",
                        form,
                        criterion))
                .as("the value written before the cut is gone with its transaction")
                .isZero();
        assertThat(count("select count(*) from form_event where form_id = :f and criterion_id = :c", form, criterion))
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'VALUE_SAVED' and object_id = :f")
                        .param("f", String.valueOf(form))
                        .query(Long.class)
                        .single())
                .isZero();

        // The database is back: the same save, retried, works.
        HttpResponse<String> retried =
                reporter.sendJson("PUT", save, "{\"version\":0,\"number\":\"45\",\"denominator\":\"50\"}");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(count(
                        "select count(*) from reported_value where form_id = :f and criterion_id = :c",
                        form,
                        criterion))
                .isEqualTo(1);
    }
}
