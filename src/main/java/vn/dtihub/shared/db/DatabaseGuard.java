package vn.dtihub.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.dtihub.shared.DtiHubProperties;

/**
 * Watches the database from its own connection, twice a second. When it goes away the node says so at once:
 * readiness goes DOWN (a load balancer stops sending users here) and requests are answered 503 "nothing was saved"
 * without waiting for a connection ({@code shared.web.DatabaseUnavailableFilter}). The embedded database is started again on its
 * folder, with everything committed before it died; an external one is waited for. When it answers again, the pool's
 * dead connections are dropped and the node is ready.
 */
@Component
public class DatabaseGuard implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseGuard.class);

    private final HikariDataSource pool;
    private final DatabaseConfiguration.EmbeddedDatabase embedded;
    private final ApplicationEventPublisher events;
    private final Duration interval;
    private volatile boolean available = true;
    private volatile boolean running;
    private volatile long lostAt;
    private Thread thread;
    private Connection probe;

    DatabaseGuard(
            HikariDataSource pool,
            DatabaseConfiguration.EmbeddedDatabase embedded,
            ApplicationEventPublisher events,
            DtiHubProperties settings) {
        this.pool = pool;
        this.embedded = embedded;
        this.events = events;
        this.interval = settings.db().watchInterval();
    }

    /** Whether the database answered the last probe. */
    public boolean available() {
        return available;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::watch, "database-guard");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops first on shutdown (highest phase): a database stopped on purpose is not restarted. */
    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void watch() {
        int failures = 0;
        while (running) {
            if (check()) {
                failures = 0;
                if (!available) {
                    pool.getHikariPoolMXBean().softEvictConnections();
                    available = true;
                    AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
                    log.warn("The database answers again after {} ms", System.currentTimeMillis() - lostAt);
                }
            } else {
                failures++;
                if (available) {
                    available = false;
                    lostAt = System.currentTimeMillis();
                    AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
                    log.warn("The database does not answer: refusing traffic until it is back");
                }
                if (failures >= 2 && embedded.running() && running) {
                    restartEmbedded();
                }
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void restartEmbedded() {
        try {
            embedded.restart();
        } catch (Exception e) {
            log.warn("The embedded database could not start again yet: {}", e.getMessage());
        }
    }

    /** One round trip on the guard's own connection, opened again if needed, each step bounded to a second. */
    private boolean check() {
        try {
            if (probe == null || probe.isClosed()) {
                Properties props = new Properties();
                if (pool.getUsername() != null) {
                    props.setProperty("user", pool.getUsername());
                }
                if (pool.getPassword() != null) {
                    props.setProperty("password", pool.getPassword());
                }
                props.setProperty("connectTimeout", "1");
                props.setProperty("socketTimeout", "1");
                props.setProperty("loginTimeout", "1");
                props.setProperty("ApplicationName", "dtihub-guard");
                probe = DriverManager.getConnection(pool.getJdbcUrl(), props);
            }
            boolean valid = probe.isValid(1);
            if (!valid) {
                close();
            }
            return valid;
        } catch (SQLException e) {
            close();
            return false;
        }
    }

    private void close() {
        if (probe != null) {
            try {
                probe.close();
            } catch (SQLException e) {
                // already gone
            }
            probe = null;
        }
    }
}
