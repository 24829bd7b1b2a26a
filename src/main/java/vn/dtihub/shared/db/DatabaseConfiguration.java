package vn.dtihub.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import vn.dtihub.shared.DatabaseMode;
import vn.dtihub.shared.DtiHubProperties;

/**
 * One SQL dialect everywhere: with {@code dtihub.db.url} set the application uses that PostgreSQL (production);
 * without it, it starts a real embedded PostgreSQL whose files live under the data folder and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DatabaseMode databaseMode(DtiHubProperties settings) {
        return new DatabaseMode(!settings.db().external());
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseMode mode, DtiHubProperties settings) {
        Path dataDir = settings.dataDir();
        int port = settings.embedded().port();
        boolean clean = settings.embedded().clean();
        if (!mode.embedded()) {
            return new EmbeddedDatabase(null, 0);
        }
        Path directory = dataDir.resolve("postgres").toAbsolutePath();
        try {
            EmbeddedPostgres postgres = EmbeddedServer.start(directory, port, clean);
            AppRole.create(postgres);
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
            return new EmbeddedDatabase(directory, postgres.getPort(), postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not make the application's role in " + directory, e);
        }
    }

    /**
     * The migrations run as the tables' owner: the embedded superuser, or {@code DTIHUB_DB_MIGRATION_USER} on an
     * external database (else the application's own user, which then owns the tables).
     */
    @Bean
    org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer migrationsAsOwner(
            EmbeddedDatabase embedded, DtiHubProperties settings) {
        String url = settings.db().url();
        String user = settings.db().migrationUser();
        String password = settings.db().migrationPassword();
        return configuration -> {
            if (embedded.running()) {
                configuration.dataSource(embedded.jdbcUrl(), "postgres", null);
            } else if (StringUtils.hasText(user)) {
                configuration.dataSource(url, user, password);
            }
        };
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase embedded, DtiHubProperties settings) {
        String url = settings.db().url();
        String user = settings.db().user();
        String password = settings.db().password();
        int poolSize = settings.db().poolSize();
        HikariConfig config = new HikariConfig();
        if (embedded.running()) {
            // Not the superuser: a role that may read and write the tables but not change the audit log by any means
            // (AppRole); the migrations run as the superuser, which owns the tables.
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(AppRole.EMBEDDED);
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("dtihub");
        // A batch of inserts goes as multi-row statements (units, uploads, history): no caller reads batch counts.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // Fail fast when the database is away, so that pages answer with an error instead of hanging.
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        return new HikariDataSource(config);
    }

    /**
     * The embedded server, outliving the pool and stopping after it; restarted in place (same folder, same port, so
     * the pool's URL stays right) when it dies under the application.
     */
    static final class EmbeddedDatabase implements AutoCloseable {
        private final Path directory;
        private final int port;
        private volatile EmbeddedPostgres postgres;

        EmbeddedDatabase(Path directory, int port) {
            this(directory, port, null);
        }

        EmbeddedDatabase(Path directory, int port, EmbeddedPostgres postgres) {
            this.directory = directory;
            this.port = port;
            this.postgres = postgres;
        }

        boolean running() {
            return postgres != null;
        }

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        }

        /** Starts the server again on its folder and port after it died; the library's stop of the dead one is moot. */
        synchronized void restart() throws IOException {
            EmbeddedPostgres dead = postgres;
            if (dead == null) {
                return;
            }
            try {
                dead.close();
            } catch (IOException | RuntimeException e) {
                log.debug("Closing the dead embedded PostgreSQL: {}", e.getMessage());
            }
            postgres = EmbeddedServer.start(directory, port, false);
            log.info("Embedded PostgreSQL started again on port {}", port);
        }

        @Override
        public synchronized void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
