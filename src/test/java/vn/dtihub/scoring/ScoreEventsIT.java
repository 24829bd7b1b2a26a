package vn.dtihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.EventHousekeeping;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/**
 * An approval's event survives a node stopping before its listener finished: the housekeeping job delivers it again
 * and the period is marked for scoring; finished events are deleted once older than the kept time, newer ones stay.
 */
class ScoreEventsIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventHousekeeping housekeeping;

    private boolean pending(long period) {
        return jdbc.sql("select count(*) from score_pending where period_id = :p")
                        .param("p", period)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean waitPending(long period) throws InterruptedException {
        for (int i = 0; i < 200 && !pending(period); i++) {
            Thread.sleep(50);
        }
        return pending(period);
    }

    private String publication(long period) {
        return jdbc.sql("""
                        select id::text from event_publication
                        where event_type like '%ValuesApproved' and serialized_event like :p""")
                .param("p", "%\"periodId\":" + period + "%")
                .query(String.class)
                .single();
    }

    @Test
    void anApprovalWhoseListenerNeverFinishedIsDeliveredAgainAndOldFinishedEventsAreDeleted() throws Exception {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long period = SamplePeriods.openQuarter(office, SamplePeriods.communeFramework(office), 2037, 2);
        long form = jdbc.sql("""
                        select r.id from report_form r join admin_unit u on u.id = r.subject_unit_id
                        where r.period_id = :p and r.agency_id is null and u.code = '16645'""").param("p", period).query(Long.class).single();
        jdbc.sql("update report_form set status = 'SUBMITTED' where id = :f")
                .param("f", form)
                .update();
        JsonNode review = JSON.readTree(office.sendJson("POST", "/api/v1/forms/" + form + "/review", "{\"version\":0}")
                .body());
        HttpResponse<String> approved = office.sendJson(
                "POST",
                "/api/v1/forms/" + form + "/approve",
                "{\"version\":" + review.get("version").asInt() + "}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(waitPending(period)).as("the approval marked the period").isTrue();
        String id = publication(period);

        // The node stops after the approval committed, before its listener finished: the event is unfinished and the
        // period was never marked.
        jdbc.sql("delete from score_pending where period_id = :p")
                .param("p", period)
                .update();
        jdbc.sql("""
                        update event_publication set completion_date = null, status = 'PROCESSING',
                            publication_date = now() - interval '10 minutes'
                        where id = cast(:id as uuid)""").param("id", id).update();
        housekeeping.run();
        assertThat(waitPending(period)).as("the event delivered again").isTrue();
        for (int i = 0; i < 100 && completion(id) == null; i++) {
            Thread.sleep(50);
        }
        assertThat(completion(id)).as("finished this time").isNotNull();

        // Finished a month and a half ago: deleted. Finished now: kept.
        String recent = jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                            completion_date, status, completion_attempts)
                        select gen_random_uuid(), listener_id, event_type, serialized_event, now(), now(), status, 1
                        from event_publication where id = cast(:id as uuid) returning id::text""").param("id", id).query(String.class).single();
        jdbc.sql(
                        "update event_publication set completion_date = now() - interval '45 days' where id = cast(:id as uuid)")
                .param("id", id)
                .update();
        housekeeping.run();
        assertThat(completion(id)).as("the old event is gone").isNull();
        assertThat(jdbc.sql("select count(*) from event_publication where id = cast(:id as uuid)")
                        .param("id", recent)
                        .query(Long.class)
                        .single())
                .as("the recent one stays")
                .isEqualTo(1);
    }

    /** When the event's listener finished; null while it has not, or when the event is gone. */
    private String completion(String id) {
        return jdbc.sql("select completion_date::text from event_publication where id = cast(:id as uuid)")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
