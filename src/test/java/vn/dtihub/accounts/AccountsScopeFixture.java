package vn.dtihub.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.dtihub.accounts.domain.ApiTokens;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.UserView;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.shared.ScopeFixture;
import vn.dtihub.shared.TestPrincipal;

/** A Thanh Hóa user with a secret name, and an API token of theirs. */
public class AccountsScopeFixture implements ScopeFixture {

    static final String SECRET_USER = "Người Bí Mật ZX82";
    static final String SECRET_TOKEN = "Khóa Bí Mật ZX83";

    @Override
    public Map<String, String> objectsOfProvinceA(ApplicationContext context) {
        Users accounts = context.getBean(Users.class);
        UserView user = accounts.list(TestPrincipal.admin(), "thanhhoa.secret", 0, 1).stream()
                .findFirst()
                .orElseGet(() -> accounts.create(
                        TestPrincipal.admin(),
                        new UserInput(
                                "thanhhoa.secret",
                                SECRET_USER,
                                "secret.zx82@example.vn",
                                Role.REPORTER,
                                "38",
                                "current",
                                null,
                                "một cụm mật khẩu đủ dài",
                                true)));
        var token =
                context.getBean(ApiTokens.class).issue(user.id(), user.unitPath(), SECRET_TOKEN, Duration.ofDays(1));
        return Map.of("users/id", String.valueOf(user.id()), "tokens/id", String.valueOf(token.id()));
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET_USER, SECRET_TOKEN, "secret.zx82@example.vn");
    }
}
