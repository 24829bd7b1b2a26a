package vn.dtihub.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The foundation's main journeys in a real browser: sign in, browse, search, switch language, be refused. */
class FoundationJourneyIT extends JourneyTest {

    /** Signs in from the home page, which sends a visitor to the login page first. */
    private Page signInFromHome(BrowserContext context, String username, List<String> consoleErrors) {
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.waitForURL(address -> !address.contains("/login"));
        return page;
    }

    @Test
    void aStandingOfficeBrowsesToTinhHaiSeesItsLineageSearchesAndSwitchesToEnglish() {
        List<String> consoleErrors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signInFromHome(context, "thanhhoa.cds", consoleErrors);
            assertThat(page.locator("h1")).containsText("Xin chào");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Đơn vị hành chính")
                                    .setExact(true))
                    .click();
            page.getByLabel("Cơ cấu").selectOption("pre2025");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                    .click();
            // The tree's nodes open through htmx, which binds once the page has loaded.
            page.waitForURL(address -> address.contains("structure=pre2025"));
            page.waitForLoadState();
            page.locator("summary", new Page.LocatorOptions().setHasText("Tỉnh Thanh Hóa"))
                    .locator(".unit-code")
                    .click();
            page.locator("summary", new Page.LocatorOptions().setHasText("Thị xã Nghi Sơn"))
                    .locator(".unit-code")
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phường Tĩnh Hải"))
                    .click();

            assertThat(page.locator("#unit-name")).hasText("Phường Tĩnh Hải");
            assertThat(page.locator("#successor")).containsText("Đã sáp nhập vào");
            assertThat(page.locator("#successor")).containsText("Phường Hải Bình");
            assertThat(page.locator("#successor")).containsText("1/7/2025");

            page.getByLabel("Tìm đơn vị").fill("tinh hai");
            assertThat(page.locator("#search-results")).containsText("Phường Tĩnh Hải");
            page.getByLabel("Tìm đơn vị").fill("thanh hoa");
            assertThat(page.locator("#search-results")).containsText("Tỉnh Thanh Hoá");
            assertThat(page.locator("#search-results")).containsText("Tỉnh Thanh Hóa");

            page.locator("#successor a").click();
            assertThat(page.locator("#unit-name")).hasText("Phường Hải Bình");
            assertThat(page.locator("#predecessors")).containsText("Phường Tĩnh Hải");

            page.locator("#lang-switch").click();
            assertThat(page.locator("#lineage")).containsText("Formed from");
            page.navigate(url("/units"));
            assertThat(page.locator("h1")).hasText("Administrative units");
        }
        assertThat(consoleErrors)
                .as("no script or policy errors in the browser console")
                .isEmpty();
    }

    @Test
    void aReporterIsRefusedTheAdministrationPages() {
        List<String> consoleErrors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signInFromHome(context, "tinhhai.baocao", consoleErrors);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Người dùng")))
                    .hasCount(0);
            Response response = page.navigate(url("/admin/users"));
            assertThat(response.status()).isEqualTo(403);
            assertThat(page.locator("body")).containsText("Bạn không có quyền");
        }
    }
}
