package vn.dtihub.shared;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a real embedded PostgreSQL, started once per test run
 * (every subclass shares this configuration, hence the context) with the demo data of a fresh install.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "dtihub.data-dir=target/it-data",
            "dtihub.embedded.clean=true",
            "dtihub.demo-password=" + IntegrationTest.DEMO_PASSWORD,
            "dtihub.security.argon2-memory-kib=1024",
            "logging.level.vn.dtihub=WARN",
            "logging.level.io.zonky=WARN",
            "dtihub.mail.poll-interval=PT1H",
            "dtihub.scoring.interval=PT1H"
        })
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "mật khẩu demo 2026";

    /** A real SMTP server for the whole run, on a free port; tests that take it down start it again. */
    public static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    public static GreenMail mail = start();

    private static GreenMail start() {
        GreenMail server = new GreenMail(SMTP);
        server.start();
        return server;
    }

    /** Starts the SMTP server again after a test stopped it. */
    public static void restartMail() {
        mail.stop();
        mail = start();
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getPort());
    }
}
