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

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
