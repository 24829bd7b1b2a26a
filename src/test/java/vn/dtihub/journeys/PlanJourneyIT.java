package vn.dtihub.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dtihub.shared.Browser;
import vn.dtihub.shared.IntegrationTest;

/** A ward's reporter finds a late task among their tasks and reports it done. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanJourneyIT extends IntegrationTest {

    @LocalServerPort
    int port;

    private Playwright playwright;
    private com.microsoft.playwright.Browser browser;

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

    @Test
    void aReporterReportsALateTaskDone() {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("Tên đăng nhập").fill("tinhhai.baocao");
            page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            page.waitForURL(address -> !address.contains("/login"));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhiệm vụ của tôi"))
                    .click();
            var row = page.locator(
                    "#my-task-table tr",
                    new Page.LocatorOptions().setHasText("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"));
            assertThat(row).containsText("Quá hạn");
            row.getByRole(AriaRole.LINK).click();

            assertThat(page.locator("#task-text")).hasText("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính");
            page.getByLabel("Trạng thái").selectOption("DONE");
            page.getByLabel("Ghi chú").fill("Đã số hóa 100% hồ sơ năm 2024 (dữ liệu minh họa)");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Báo cáo tiến độ"))
                    .click();

            assertThat(page.locator("#task-status")).containsText("Hoàn thành");
            assertThat(page.locator("#task-status")).not().containsText("Quá hạn");
            assertThat(page.locator("#task-history")).containsText("Đã số hóa 100% hồ sơ năm 2024");
        }
        assertThat(errors).isEmpty();
    }
}
