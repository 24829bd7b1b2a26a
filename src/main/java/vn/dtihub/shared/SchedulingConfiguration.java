package vn.dtihub.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The modules' jobs (reminders, the e-mail outbox, scores) run unless turned off (a node that only serves pages). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "dtihub.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {}
