package vn.dtihub.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import vn.dtihub.shared.DatabaseMode;

/**
 * One SQL dialect everywhere: with {@code dtihub.db.url} set the application uses that PostgreSQL (production);
 * without it, it starts a real embedded PostgreSQL whose files live under the data folder and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DatabaseMode databaseMode(@Value("${dtihub.db.url:}") String url) {
        return new DatabaseMode(!StringUtils.hasText(url));
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            DatabaseMode mode,
            @Value("${dtihub.data-dir:./data}") Path dataDir,
            @Value("${dtihub.embedded.port:0}") int port,
            @Value("${dtihub.embedded.clean:false}") boolean clean) {
        if (!mode.embedded()) {
            return new EmbeddedDatabase(null);
        }
        Path directory = dataDir.resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setPort(port)
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("timezone", "UTC")
                    // The library turns this off (it is made for tests): a save acknowledged to the user could then
                    // be lost in a power cut. Here the embedded database is the product's own, so every commit is
                    // on disk before the user is told it is saved.
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(
            EmbeddedDatabase embedded,
            @Value("${dtihub.db.url:}") String url,
            @Value("${dtihub.db.user:}") String user,
            @Value("${dtihub.db.password:}") String password,
            @Value("${dtihub.db.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        if (embedded.postgres() != null) {
            config.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("dtihub");
        // Fail fast when the database is away, so that pages answer with an error instead of hanging.
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        return new HikariDataSource(config);
    }

    /** Holder so that the embedded server outlives the pool and stops after it. */
    record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
