package vn.dtihub.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vietnam's time, the one zone of the product: a deadline, a day, the morning reminders are Vietnam's whatever the
 * server's zone. The clock is one bean, so that a test or a replay can set the time for every module at once.
 */
@Configuration(proxyBeanMethods = false)
public class VietnamTime {

    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** An instant as every page and document shows it: Vietnam's time, to the minute ("04/12/2026 18:30"). */
    public static String minute(java.time.Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(ZONE));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
