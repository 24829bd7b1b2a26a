package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings record: its defaults, how lists and durations bind, and that no key of the properties file is lost. */
class DtiHubPropertiesTest {

    private static DtiHubProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("dtihub", DtiHubProperties.class);
    }

    @Test
    void defaultsStandWhenNothingIsSet() {
        DtiHubProperties settings = bind(Map.of());
        assertThat(settings.dataDir().toAbsolutePath())
                .isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.db().external()).isFalse();
        assertThat(settings.db().poolSize()).isEqualTo(10);
        assertThat(settings.reminders().daysBefore()).containsExactly(7, 2);
        assertThat(settings.reporting().appealDays()).isEqualTo(7);
        assertThat(settings.security().sessionLifetime()).isEqualTo(Duration.ofHours(12));
        assertThat(settings.files().maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(settings.files().s3().region()).isEqualTo("us-east-1");
        assertThat(settings.demo().enabled()).isTrue();
        assertThat(settings.adminPassword()).isEmpty();
    }

    @Test
    void valuesBindAsTheFileWritesThem() {
        DtiHubProperties settings = bind(Map.of(
                "dtihub.reminders.days-before", "5, 1",
                "dtihub.db.url", "jdbc:postgresql://db/dti",
                "dtihub.security.session-lifetime", "8h",
                "dtihub.files.s3.path-style", "false"));
        assertThat(settings.reminders().daysBefore()).containsExactly(5, 1);
        assertThat(settings.db().external()).isTrue();
        assertThat(settings.security().sessionLifetime()).isEqualTo(Duration.ofHours(8));
        assertThat(settings.files().s3().pathStyle()).isFalse();
    }

    /** A key in application.properties that the record does not know would be silently ignored: a typo's outage. */
    @Test
    void everyKeyOfThePropertiesFileIsASetting() throws Exception {
        Properties file = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            file.load(in);
        }
        Set<String> known = new TreeSet<>(keys("dtihub", DtiHubProperties.class));
        // Read by @Scheduled as placeholders (an annotation cannot take a bean).
        known.addAll(List.of(
                "dtihub.events.interval",
                "dtihub.mail.poll-interval",
                "dtihub.reminders.cron",
                "dtihub.scoring.interval"));
        Set<String> unknown = new TreeSet<>();
        for (String key : file.stringPropertyNames()) {
            if (key.startsWith("dtihub.") && !known.contains(key)) {
                unknown.add(key);
            }
        }
        assertThat(unknown).isEmpty();
    }

    private static Set<String> keys(String prefix, Class<?> type) {
        Set<String> keys = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String name = prefix + "."
                    + c.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
            if (c.getType().isRecord()) {
                keys.addAll(keys(name, c.getType()));
            } else {
                keys.add(name);
            }
        }
        return keys;
    }
}
