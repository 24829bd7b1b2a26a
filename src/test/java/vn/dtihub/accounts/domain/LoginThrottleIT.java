package vn.dtihub.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dtihub.shared.IntegrationTest;

/** Lockout cannot be used as a weapon: an hour of an attacker's patterns, on a clock the test moves. */
class LoginThrottleIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Instant now = Instant.parse("2026-12-03T01:00:00Z");
    private LoginThrottle throttle;

    @BeforeEach
    void throttle() {
        jdbc.sql("delete from login_throttle").update();
        Clock moving = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        throttle = new LoginThrottle(jdbc, moving);
    }

    @Test
    void oneWrongPasswordEveryQuarterHourNeverLocksTheRealUser() {
        for (int minute = 0; minute <= 60; minute += 15) {
            throttle.failed("tinhhai.pheduyet", "203.0.113.9");
            assertThat(throttle.lockedUntil("tinhhai.pheduyet", "203.0.113.9"))
                    .as("failures decay: one every 15 minutes never adds up (minute " + minute + ")")
                    .isEmpty();
            assertThat(throttle.lockedUntil("tinhhai.pheduyet", "198.51.100.7")).isEmpty();
            now = now.plus(Duration.ofMinutes(15));
        }
    }

    @Test
    void anAttackerLocksOnlyItsOwnAddressAndTheRealUserElsewhereGetsIn() {
        for (int minute = 0; minute < 60; minute++) {
            for (int i = 0; i < 3; i++) {
                throttle.failed("tinhhai.pheduyet", "203.0.113.9");
                throttle.failed("made.up." + minute + "." + i, "203.0.113.9");
            }
            assertThat(throttle.lockedUntil("tinhhai.pheduyet", "198.51.100.7"))
                    .as("the real user, from an address without failures, at minute " + minute)
                    .isEmpty();
            now = now.plus(Duration.ofMinutes(1));
        }
        Optional<Instant> attacker = throttle.lockedUntil("anyone", "203.0.113.9");
        assertThat(attacker).as("the attacking address is slowed").isPresent();
        assertThat(Duration.between(now, attacker.get())).as("capped").isLessThanOrEqualTo(LoginThrottle.MAX_LOCK);
        now = now.plus(LoginThrottle.MAX_LOCK).plusSeconds(1);
        assertThat(throttle.lockedUntil("anyone", "203.0.113.9"))
                .as("and the lock ends")
                .isEmpty();
    }

    @Test
    void fiveFailuresForOneAccountFromOneAddressLockThatPairForAWhile() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("tinhhai.baocao", "203.0.113.9");
        }
        Optional<Instant> locked = throttle.lockedUntil("tinhhai.baocao", "203.0.113.9");
        assertThat(locked).isPresent();
        assertThat(Duration.between(now, locked.get())).isEqualTo(LoginThrottle.FIRST_LOCK);
        assertThat(throttle.lockedUntil("tinhhai.baocao", "198.51.100.7")).isEmpty();
        throttle.succeeded("tinhhai.baocao", "198.51.100.7");
        assertThat(throttle.lockedUntil("tinhhai.baocao", "203.0.113.9")).isPresent();
    }
}
