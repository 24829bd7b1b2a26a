package vn.dtihub.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A standing office adapts a sample framework for its province, edits it in place and publishes it. */
class FrameworkJourneyIT extends JourneyTest {

    @Test
    void aStandingOfficeClonesTheCommuneSampleEditsItInPlaceAndPublishesIt() {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "thanhhoa.cds", errors);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Chỉ số").setExact(true))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Bộ chỉ số").setExact(true))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bộ chỉ số chuyển đổi số cấp xã (mẫu)"))
                    .click();
            page.getByLabel("Tên phiên bản mới").fill("Bộ chỉ số CĐS cấp xã tỉnh Thanh Hóa 2026");
            page.locator("#clone").click();
            assertThat(page.locator("#framework-name")).hasText("Bộ chỉ số CĐS cấp xã tỉnh Thanh Hóa 2026");
            assertThat(page.locator("#framework-status")).hasText("Bản nháp");
            page.waitForLoadState();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa NT.2"))
                    .click();
            page.getByLabel("Điểm tối đa").fill("40");
            page.locator("#save-criterion").click();
            assertThat(page.locator(".criterion-row").first()).containsText("Tổng điểm chỉ tiêu con khác điểm tối đa");
            // The part keeps its 100 points: the total does not move, the part shows the mismatch.
            assertThat(page.locator("#total-points")).hasText("1.000,00");

            page.locator("#publish").click();
            assertThat(page.locator(".alert-danger").first()).containsText("Chưa thể ban hành");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa NT.2"))
                    .click();
            page.getByLabel("Điểm tối đa").fill("50");
            page.locator("#save-criterion").click();
            assertThat(page.locator("#total-points")).hasText("1.000,00");
            assertThat(page.locator("#problems-summary")).hasCount(0);
            page.locator("#publish").click();
            assertThat(page.locator("#framework-status")).hasText("Đã ban hành");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa NT.2")))
                    .hasCount(0);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aTownSeesItsAssignmentTableAsThePlanPrintsIt() {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "nghison.cds", errors);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Chỉ số").setExact(true))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Bộ chỉ số").setExact(true))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Bộ chỉ số chuyển đổi số cấp huyện (mẫu theo kiểu Thanh Hóa)"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phân công thực hiện"))
                    .click();
            assertThat(page.locator("#scope-name")).hasText("Thị xã Nghi Sơn");
            assertThat(page.locator("#assignment-table tr", new Page.LocatorOptions().setHasText("I.4.4.1")))
                    .containsText("Phòng Nội vụ");
            page.getByLabel("Mã chỉ tiêu (mỗi mã bao gồm cả các chỉ tiêu con)").fill("I.4.4.1");
            page.getByLabel("Cơ quan")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Phòng Kinh tế"));
            page.getByLabel("Vai trò").selectOption("LEAD");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Giao").setExact(true))
                    .click();
            assertThat(page.locator("#assignment-error")).containsText("Phòng Nội vụ");
        }
        assertThat(errors).isEmpty();
    }
}
