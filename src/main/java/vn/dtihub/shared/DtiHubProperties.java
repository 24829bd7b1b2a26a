package vn.dtihub.shared;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The product's settings, every {@code dtihub.*} property in one place with its default; {@code application.properties}
 * maps the environment variables onto them. Schedules ({@code dtihub.events.interval}, {@code dtihub.reminders.cron},
 * {@code dtihub.mail.poll-interval}, {@code dtihub.scoring.interval}) are read by {@code @Scheduled} as placeholders,
 * because an annotation cannot take a bean's value.
 *
 * @param dataDir where the embedded database and the local files live
 * @param baseUrl the address users open, for links in e-mails and the API description
 * @param maxBodyBytes the largest request body that is not a file upload
 * @param adminPassword the first administrator's password (external database: required on first start)
 * @param demoPassword the demo accounts' password (embedded database only; random when unset)
 */
@ConfigurationProperties("dtihub")
public record DtiHubProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("1048576") long maxBodyBytes,
        String adminPassword,
        String demoPassword,
        @DefaultValue Db db,
        @DefaultValue Embedded embedded,
        @DefaultValue Heavy heavy,
        @DefaultValue Events events,
        @DefaultValue Reporting reporting,
        @DefaultValue Reminders reminders,
        @DefaultValue Mail mail,
        @DefaultValue Demo demo,
        @DefaultValue Security security,
        @DefaultValue Files files) {

    public DtiHubProperties {
        adminPassword = text(adminPassword);
        demoPassword = text(demoPassword);
    }

    /**
     * An external PostgreSQL; with no {@code url}, the embedded one under {@code dataDir}.
     *
     * @param migrationUser the tables' owner, who runs the migrations (unset: {@code user})
     * @param appRole the application's own role, granted rights on the tables
     * @param watchInterval how often the database guard asks whether the database is there
     */
    public record Db(
            String url,
            String user,
            String password,
            String migrationUser,
            String migrationPassword,
            String appRole,
            @DefaultValue("10") int poolSize,
            @DefaultValue("PT0.5S") Duration watchInterval) {

        public Db {
            url = text(url);
            user = text(user);
            password = text(password);
            migrationUser = text(migrationUser);
            migrationPassword = text(migrationPassword);
            appRole = text(appRole);
        }

        public boolean external() {
            return !url.isBlank();
        }
    }

    /** The embedded PostgreSQL: its port (0: any free one) and whether to wipe it on start (tests). */
    public record Embedded(
            @DefaultValue("0") int port,
            @DefaultValue("false") boolean clean) {}

    /** Heavy work (exports, imports, scoring) at once: per caller, and in all (0: the number of cores, at least 2). */
    public record Heavy(
            @DefaultValue("1") int perCaller,
            @DefaultValue("0") int total) {}

    /** The event registry: redeliver after, delete finished after. */
    public record Events(
            @DefaultValue("PT5M") Duration resubmitAfter,
            @DefaultValue("P30D") Duration keepCompleted) {}

    /** How many days after a score is published a unit may appeal it. */
    public record Reporting(@DefaultValue("7") int appealDays) {}

    /** Days before a deadline when a reminder goes. */
    public record Reminders(@DefaultValue({"7", "2"}) List<Integer> daysBefore) {}

    /** The sender of every e-mail. */
    public record Mail(
            @DefaultValue("DTI Hub <dtihub@localhost>") String from) {}

    /** Whether the embedded database gets the demo (never an external one). */
    public record Demo(@DefaultValue("true") boolean enabled) {}

    /** Password hashing memory (tests lower it) and how long a signed-in session may last at most. */
    public record Security(
            @DefaultValue("19456") int argon2MemoryKib,
            @DefaultValue("12h") Duration sessionLifetime) {}

    /** Where files go ({@code local} or {@code s3}) and the largest one accepted. */
    public record Files(
            @DefaultValue("local") String store,
            @DefaultValue("20971520") long maxBytes,
            @DefaultValue S3 s3) {}

    /** An S3-compatible object store. */
    public record S3(
            String endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            String accessKey,
            String secretKey,
            @DefaultValue("true") boolean pathStyle) {

        public S3 {
            endpoint = text(endpoint);
            bucket = text(bucket);
            accessKey = text(accessKey);
            secretKey = text(secretKey);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
