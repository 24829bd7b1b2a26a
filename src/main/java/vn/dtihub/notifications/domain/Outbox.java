package vn.dtihub.notifications.domain;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dtihub.shared.DtiHubProperties;

/**
 * Sends the e-mails of the outbox: a few at a time, each row locked while it is sent so that a second node skips it,
 * a failure retried later with a growing delay (and given up after many tries), never a page waiting on the mail
 * server. With no mail server configured, e-mails wait until one is.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    static final int MAX_ATTEMPTS = 10;

    private final NotificationRepository repository;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transactions;
    private final String host;
    private final String from;

    Outbox(
            NotificationRepository repository,
            ObjectProvider<JavaMailSender> mail,
            TransactionTemplate transactions,
            @Value("${spring.mail.host:}") String host,
            DtiHubProperties settings) {
        this.repository = repository;
        this.mail = mail;
        this.transactions = transactions;
        this.host = host;
        this.from = settings.mail().from();
    }

    /** Sends what is due; returns how many went. */
    @Scheduled(fixedDelayString = "${dtihub.mail.poll-interval:PT30S}", initialDelayString = "PT30S")
    public int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || host == null || host.isBlank()) {
            return 0;
        }
        Integer sent = transactions.execute(status -> {
            int ok = 0;
            List<NotificationRepository.Outgoing> due = repository.due(20);
            for (NotificationRepository.Outgoing e : due) {
                try {
                    SimpleMailMessage message = new SimpleMailMessage();
                    message.setFrom(from);
                    message.setTo(e.to());
                    message.setSubject(e.subject());
                    message.setText(e.body());
                    sender.send(message);
                    repository.sent(e.id());
                    ok++;
                } catch (MailException ex) {
                    int attempts = e.attempts() + 1;
                    repository.failed(e.id(), ex.getMessage(), backoff(attempts), attempts >= MAX_ATTEMPTS);
                    log.warn("E-mail {} not sent (attempt {}): {}", e.id(), attempts, ex.getMessage());
                }
            }
            return ok;
        });
        return sent == null ? 0 : sent;
    }

    /** One minute, doubling with each attempt, at most six hours. */
    static Duration backoff(int attempts) {
        long minutes = Math.min(360, 1L << Math.min(attempts - 1, 9));
        return Duration.ofMinutes(minutes);
    }
}
