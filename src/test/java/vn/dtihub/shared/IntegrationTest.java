package vn.dtihub.shared;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

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
            "logging.level.io.zonky=WARN"
        })
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "mật khẩu demo 2026";
}
