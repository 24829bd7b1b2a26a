package vn.dtihub.accounts.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows and then briefly locks repeated failed sign-ins from one place: per account and address together (5 free
 * failures), and per address whatever the usernames (20). Never per account alone, so that an attacker elsewhere
 * cannot lock an official out: from an address without failures, the right password always gets in. Failures decay
 * (one forgiven per 10 quiet minutes, so one wrong guess every 15 minutes never adds up); a lock doubles with each
 * failure past the free ones, up to 15 minutes, and always ends.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration DECAY = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the account from this address, or the address, is locked: the instant the lock ends. */
    public Optional<Instant> lockedUntil(String username, String address) {
        return jdbc.sql("""
                        select max(locked_until) from login_throttle
                         where key in (:keys) and locked_until > :now""")
                .param("keys", List.of(pairKey(username, address), addressKey(address)))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    /** Counts a failure; returns the lock it triggered, if any. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> failed(String username, String address) {
        Optional<Instant> pair = bump(pairKey(username, address), FREE_FAILURES_PER_ACCOUNT);
        Optional<Instant> byAddress = bump(addressKey(address), FREE_FAILURES_PER_ADDRESS);
        return pair.isPresent() ? pair : byAddress;
    }

    /** A sign-in succeeded: the account's failures from that address are forgotten. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        jdbc.sql("delete from login_throttle where key = :k")
                .param("k", pairKey(username, address))
                .update();
    }

    private Optional<Instant> bump(String key, int free) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into login_throttle (key, failures, last_failure) values (:k, 1, :now)
                        on conflict (key) do update set
                            failures = greatest(0, login_throttle.failures
                                - floor(extract(epoch from (:now - login_throttle.last_failure)) / :decay)::int) + 1,
                            last_failure = :now
                        returning failures""")
                .param("k", key)
                .param("now", Timestamp.from(now))
                .param("decay", DECAY.toSeconds())
                .query(Integer.class)
                .single();
        if (failures < free) {
            return Optional.empty();
        }
        long doublings = Math.min(failures - free, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        if (lock.compareTo(MAX_LOCK) > 0) {
            lock = MAX_LOCK;
        }
        Instant until = now.plus(lock);
        jdbc.sql("update login_throttle set locked_until = :u where key = :k")
                .param("u", Timestamp.from(until))
                .param("k", key)
                .update();
        return Optional.of(until);
    }

    private static String pairKey(String username, String address) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT)) + "|"
                + (address == null ? "unknown" : address);
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "unknown" : address);
    }
}
