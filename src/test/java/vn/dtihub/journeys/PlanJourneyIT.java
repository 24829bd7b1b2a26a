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

/** A ward's reporter finds a late task among their tasks and reports it done. */
class PlanJourneyIT extends JourneyTest {

    @Test
    void aReporterReportsALateTaskDone() {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "tinhhai.baocao", errors);

            page.locator("#nav")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kế hoạch"))
                    .click();
            page.locator("#nav")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nhiệm vụ của tôi"))
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

    @Test
    void aStandingOfficeEditsATaskInPlaceOnThePlanPage() {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "nghison.cds", errors);
            page.navigate("http://localhost:" + port + "/plans?year=2024");
            String href = page.locator(
                            "#plan-table a",
                            new Page.LocatorOptions()
                                    .setHasText("Xây dựng chuyển đổi số trên địa bàn thị xã Nghi Sơn năm 2024"))
                    .getAttribute("href");
            page.navigate("http://localhost:" + port + href);
            page.locator("#task-table tr", new Page.LocatorOptions().setHasText("Tuyên truyền về chuyển đổi số"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sửa"))
                    .click();
            Locator form = page.locator("#task-edit-form");
            assertThat(form).isVisible();
            form.getByLabel("Thời gian hoàn thành").fill("Sớm nhất có thể");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("#task-inline-error")).containsText("Sớm nhất có thể");
            form.getByLabel("Thời gian hoàn thành").fill("Tháng 12");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator(
                            "#task-table tr", new Page.LocatorOptions().setHasText("Tuyên truyền về chuyển đổi số")))
                    .containsText("Tháng 12");
            assertThat(page.locator("#task-inline-error")).hasCount(0);

            page.locator("#target-table tbody tr")
                    .first()
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sửa"))
                    .click();
            Locator target = page.locator("#target-edit-form");
            assertThat(target).isVisible();
            target.locator("input[name=statement]").fill("Ít nhất 98% số cuộc họp được thực hiện trực tuyến");
            target.locator("input[name=horizons]").fill("2025=nhiều");
            target.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("#target-inline-error")).containsText("2025=nhiều");
            target.locator("input[name=horizons]").fill("2024=98; 2025=100");
            target.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("#target-table tbody tr").first())
                    .containsText("Ít nhất 98% số cuộc họp được thực hiện trực tuyến");
            assertThat(page.locator("#target-table tbody tr").first()).containsText("98,0% (2024)");
            assertThat(page.locator("#target-inline-error")).hasCount(0);
        }
        assertThat(errors).isEmpty();
    }
}
