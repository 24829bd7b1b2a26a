package vn.dtihub.notifications;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dtihub.accounts.Accounts;
import vn.dtihub.accounts.Recipient;
import vn.dtihub.notifications.domain.Notifications;
import vn.dtihub.shared.ScopeFixture;

/** A notification of a Thanh Hóa user with a secret subject. */
public class NotificationsScopeFixture implements ScopeFixture {

    private static final String SECRET = "Thông báo Bí Mật ZX98";

    @Override
    public Map<String, String> objectsOfProvinceA(ApplicationContext context) {
        Recipient user = context.getBean(Accounts.class).seatedAt(null, "current/38/").stream()
                .filter(r -> r.username().equals("thanhhoa.cds"))
                .findFirst()
                .orElseThrow();
        context.getBean(Notifications.class).tell(user, "TEST", SECRET, SECRET, null, "fixture:secret");
        long id = context.getBean(JdbcClient.class)
                .sql("select id from notification where subject = :s")
                .param("s", SECRET)
                .query(Long.class)
                .single();
        return Map.of("notifications/id", String.valueOf(id));
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET);
    }
}
