package vn.dtihub.notifications.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a notification unless this user already had the one with this key; true when created. */
    public boolean insert(
            long userId, String kind, String subject, String body, String link, String key, String emailTo) {
        return jdbc.sql("""
                                insert into notification (user_id, kind, subject, body, link, dedupe_key, email_to,
                                    email_status)
                                values (:u, :k, :s, :b, :l, :key, :to, :status)
                                on conflict (user_id, dedupe_key) do nothing""")
                        .param("u", userId)
                        .param("k", kind)
                        .param("s", subject)
                        .param("b", body)
                        .param("l", link)
                        .param("key", key)
                        .param("to", emailTo)
                        .param("status", emailTo == null ? "NONE" : "PENDING")
                        .update()
                == 1;
    }

    public List<Notification> ofUser(long userId, int limit) {
        return jdbc.sql("select * from notification where user_id = :u order by id desc limit :n")
                .param("u", userId)
                .param("n", limit)
                .query(NotificationRepository::map)
                .list();
    }

    public List<Notification> unreadOf(long userId, int limit) {
        return jdbc.sql("select * from notification where user_id = :u and read_at is null order by id desc limit :n")
                .param("u", userId)
                .param("n", limit)
                .query(NotificationRepository::map)
                .list();
    }

    public long unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :u and read_at is null")
                .param("u", userId)
                .query(Long.class)
                .single();
    }

    public void markRead(long userId, Long id) {
        jdbc.sql("update notification set read_at = now() where user_id = :u and read_at is null"
                        + (id == null ? "" : " and id = :id"))
                .param("u", userId)
                .param("id", id)
                .update();
    }

    public boolean owns(long userId, long id) {
        return jdbc.sql("select count(*) from notification where user_id = :u and id = :id")
                        .param("u", userId)
                        .param("id", id)
                        .query(Long.class)
                        .single()
                == 1;
    }

    public boolean wantsEmail(long userId) {
        return jdbc.sql("select email from notification_preference where user_id = :u")
                .param("u", userId)
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    public void setEmail(long userId, boolean email) {
        jdbc.sql("""
                        insert into notification_preference (user_id, email) values (:u, :e)
                        on conflict (user_id) do update set email = :e""").param("u", userId).param("e", email).update();
    }

    /** An e-mail waiting to go: its address, subject and text. */
    public record Outgoing(long id, String to, String subject, String body, int attempts) {}

    /**
     * Takes e-mails due now for this node: rows another node is sending are skipped, not waited for, so that two
     * nodes never send the same e-mail.
     */
    public List<Outgoing> due(int limit) {
        return jdbc.sql("""
                        select id, email_to, subject, body, attempts from notification
                        where email_status = 'PENDING' and next_attempt_at <= now()
                        order by next_attempt_at, id limit :n for update skip locked""")
                .param("n", limit)
                .query((rs, n) ->
                        new Outgoing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    public void sent(long id) {
        jdbc.sql("update notification set email_status = 'SENT', sent_at = now(), attempts = attempts + 1,"
                        + " last_error = null where id = :id")
                .param("id", id)
                .update();
    }

    /** A failed attempt: tried again later, given up (FAILED) after the last attempt. */
    public void failed(long id, String error, Duration retryIn, boolean giveUp) {
        jdbc.sql("""
                        update notification set attempts = attempts + 1, last_error = :e,
                            next_attempt_at = now() + make_interval(secs => :s),
                            email_status = case when :give then 'FAILED' else 'PENDING' end
                        where id = :id""")
                .param("id", id)
                .param("e", error == null ? "error" : error.substring(0, Math.min(error.length(), 500)))
                .param("s", (double) retryIn.toSeconds())
                .param("give", giveUp)
                .update();
    }

    private static Notification map(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant(),
                rs.getString("email_status"));
    }
}
