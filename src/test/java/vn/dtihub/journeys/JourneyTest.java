package vn.dtihub.journeys;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dtihub.shared.Browser;
import vn.dtihub.shared.IntegrationTest;

/** A browser journey: one Chromium for the class, and a user signed in the way a user signs in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JourneyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    Playwright playwright;
    com.microsoft.playwright.Browser browser;

    @BeforeAll
    void start() {
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    void stop() {
        browser.close();
        playwright.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Signs a demo user in through the login page; the page's console errors are collected, and confirmation dialogs
     * (publish, delete) are answered yes, as the user would.
     */
    Page signIn(BrowserContext context, String username, List<String> errors) {
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onDialog(dialog -> dialog.accept());
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.waitForURL(address -> !address.contains("/login"));
        return page;
    }
}
