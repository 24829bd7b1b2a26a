package vn.dtihub.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town's standing office opens a quarter; an office's reporter fills a value that saves as she types, and finds it
 * there after closing the browser.
 */
class ReportingJourneyIT extends JourneyTest {

    @Test
    void anOfficeOpensAQuarterAndAReportersValueSavesAsSheTypes() {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "nghison.cds", errors);
            page.locator("#nav")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Báo cáo"))
                    .click();
            page.locator("#nav")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kỳ báo cáo"))
                    .click();
            String district = page.locator(
                            "#o-framework option",
                            new Page.LocatorOptions().setHasText("Bộ chỉ số chuyển đổi số cấp huyện"))
                    .getAttribute("value");
            page.getByLabel("Bộ chỉ số").selectOption(district);
            page.getByLabel("Loại kỳ").selectOption("QUARTER");
            page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill("2023");
            page.getByLabel("Quý", new Page.GetByLabelOptions().setExact(true)).selectOption("1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở kỳ"))
                    .click();
            assertThat(page.locator("#period-title")).containsText("Quý I/2023");
            assertThat(page.locator("#completeness-table")).containsText("Phòng Văn hóa và Thông tin");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "nghison.vhtt", errors);
            page.locator("#nav")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Báo cáo"))
                    .click();
            page.locator("#nav")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Biểu của tôi"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quý I/2023"))
                    .click();
            Locator row = page.locator("#form-table tr", new Page.LocatorOptions().setHas(page.getByLabel("Mẫu số")))
                    .first();
            String id = row.getAttribute("id");
            row.getByLabel("Tử số").fill("38");
            row.getByLabel("Mẫu số").fill("40");
            row.getByLabel("Mẫu số").press("Tab");
            Locator saved = page.locator("#" + id);
            assertThat(saved).containsText("nghison.vhtt");
            // Each field saves on its own, one after the other (queued), each with the version the last one left.
            assertThat(saved.locator("input[name=version]")).hasValue("2");
            assertThat(saved.locator(".row-error")).hasCount(0);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "nghison.vhtt", errors);
            page.navigate("http://localhost:" + port + "/forms");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quý I/2023"))
                    .click();
            assertThat(page.locator("#form-table")).containsText("nghison.vhtt");
            assertThat(page.locator("#form-history")).containsText("38/40");
        }
        assertThat(errors).isEmpty();
    }
}
