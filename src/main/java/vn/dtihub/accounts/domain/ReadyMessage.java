package vn.dtihub.accounts.domain;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.dtihub.shared.DatabaseMode;
import vn.dtihub.shared.DtiHubProperties;

/**
 * The last line of a start: the address to open and, on the embedded database, every demo account with its role and
 * seat (the administrator first), so that a newcomer who ran one command knows where to go and as whom. Passwords are
 * never written here: the demo password is the one set, or the generated one logged once at the first start.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadyMessage implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final UserRepository users;
    private final DatabaseMode mode;
    private final Environment environment;
    private final String baseUrl;
    private final boolean passwordSet;
    private final boolean adminPasswordSet;

    ReadyMessage(UserRepository users, DatabaseMode mode, Environment environment, DtiHubProperties settings) {
        this.users = users;
        this.mode = mode;
        this.environment = environment;
        this.baseUrl = settings.baseUrl();
        this.passwordSet = StringUtils.hasText(settings.demoPassword());
        this.adminPasswordSet = StringUtils.hasText(settings.adminPassword());
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info(message(address(), mode.embedded() ? users.startAccounts() : List.of()));
    }

    /** The configured address, unless the server listens on another port than it names (SERVER_PORT set alone). */
    String address() {
        String port = environment.getProperty("local.server.port");
        URI configured = URI.create(baseUrl);
        int named =
                configured.getPort() != -1 ? configured.getPort() : "https".equals(configured.getScheme()) ? 443 : 80;
        boolean local = "localhost".equals(configured.getHost());
        if (port != null && local && Integer.parseInt(port) != named) {
            return "http://localhost:" + port;
        }
        return baseUrl;
    }

    String message(String address, List<String[]> accounts) {
        StringBuilder out = new StringBuilder("DTI Hub is ready: open ").append(address);
        if (!accounts.isEmpty()) {
            out.append("\n  Demo accounts (dữ liệu minh họa), password: ")
                    .append(passwordSet ? "DTIHUB_DEMO_PASSWORD" : "the one generated at the first start (logged then)")
                    .append(adminPasswordSet ? "; admin: DTIHUB_ADMIN_PASSWORD" : "");
            for (String[] a : accounts) {
                out.append(String.format("%n    %-22s %-16s %s", a[0], a[1], a[2]));
            }
        }
        return out.toString();
    }
}
