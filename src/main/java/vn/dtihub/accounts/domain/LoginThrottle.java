package vn.dtihub.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows and then briefly locks repeated failed logins, per account and per address. The lock grows with each
 * further failure up to a ceiling and always expires, so an attacker cannot lock an official out for good.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When either key is locked, the instant the lock ends. */
    public Optional<Instant> lockedUntil(String username, String address) {
        return jdbc.sql("""
                        select max(locked_until) from login_throttle
                         where key in (:keys) and locked_until > now()""")
                .param("keys", java.util.List.of(accountKey(username), addressKey(address)))
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                .single();
    }

    /** Counts a failure; returns the lock it triggered, if any. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> failed(String username, String address) {
        Optional<Instant> account = bump(accountKey(username), FREE_FAILURES_PER_ACCOUNT);
        Optional<Instant> byAddress = bump(addressKey(address), FREE_FAILURES_PER_ADDRESS);
        return account.isPresent() ? account : byAddress;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("delete from login_throttle where key = :k")
                .param("k", accountKey(username))
                .update();
    }

    private Optional<Instant> bump(String key, int free) {
        int failures = jdbc.sql("""
                        insert into login_throttle (key, failures, last_failure) values (:k, 1, now())
                        on conflict (key) do update set
                            failures = case when login_throttle.last_failure < now() - cast(:forget as interval)
                                            then 1 else login_throttle.failures + 1 end,
                            last_failure = now()
                        returning failures""")
                .param("k", key)
                .param("forget", FORGET_AFTER.toSeconds() + " seconds")
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
        Instant until = Instant.now().plus(lock);
        jdbc.sql("update login_throttle set locked_until = :u where key = :k")
                .param("u", java.sql.Timestamp.from(until))
                .param("k", key)
                .update();
        return Optional.of(until);
    }

    private static String accountKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "unknown" : address);
    }
}
