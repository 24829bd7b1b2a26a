package vn.dtihub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.shared.WebClient;
import vn.dtihub.units.Units;

/**
 * A commune official's phone: the twelve main pages at 390×844 and 1366×768 fit the screen (no sideways scroll) and
 * have no serious or critical accessibility violation (axe-core); and a reporter fills a 20-criterion form and cites
 * five documents of the library in at most 40 interactions.
 */
class PhoneJourneyIT extends JourneyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "mật khẩu cán bộ xã trên điện thoại";

    @Autowired
    Users users;

    @Autowired
    Units units;

    private long id(WebClient api, String path, String field, String contains) {
        for (JsonNode n : JSON.readTree(api.getJson(path).body())) {
            if (n.get(field).asString().contains(contains)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError(path + ": no " + field + " containing " + contains);
    }

    /** The demo's quarters of Thanh Hóa's communes: [last, current]. */
    private long[] quarters(WebClient office) {
        long last = Long.MAX_VALUE;
        long current = -1;
        for (JsonNode p : JSON.readTree(office.getJson("/api/v1/periods").body())) {
            if (p.get("title").asString().contains("cấp xã tỉnh Thanh Hóa")) {
                last = Math.min(last, p.get("id").asLong());
                current = Math.max(current, p.get("id").asLong());
            }
        }
        return new long[] {last, current};
    }

    /** What a page does wrong on a screen: a sideways scroll, or axe's serious and critical violations. */
    private List<String> problems(Page page, String what) {
        List<String> out = new ArrayList<>();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Object wide = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> widths = (List<?>) wide;
        int scroll = ((Number) widths.get(0)).intValue();
        int inner = ((Number) widths.get(1)).intValue();
        if (scroll > inner) {
            out.add(what + ": scrolls sideways (" + scroll + " px wide in " + inner + " px)");
        }
        AxeResults results = new AxeBuilder(page).analyze();
        for (Rule r : results.getViolations()) {
            if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
                out.add(what + ": " + r.getImpact() + " " + r.getId() + " (" + r.getHelp() + ") at "
                        + r.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList());
            }
        }
        return out;
    }

    @Test
    void theTwelveMainPagesFitAPhoneAndHaveNoSeriousAccessibilityViolation() {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long[] quarter = quarters(office);
        long framework = id(office, "/api/v1/frameworks", "name", "cấp xã (mẫu)");
        long plan = id(office, "/api/v1/plans", "title", "");
        WebClient reporter = WebClient.api(port, "haibinh.baocao", DEMO_PASSWORD);
        long form = -1;
        for (JsonNode f : JSON.readTree(reporter.getJson("/api/v1/forms").body())) {
            if (f.get("periodId").asLong() == quarter[1]) {
                form = f.get("id").asLong();
            }
        }
        long haiBinh = units.get(vn.dtihub.units.Structure.CURRENT, "16645").id();
        Map<String, String> asOffice = new LinkedHashMap<>();
        asOffice.put("home", "/");
        asOffice.put("frameworks", "/frameworks");
        asOffice.put("framework", "/frameworks/" + framework);
        asOffice.put("plan", "/plans/" + plan);
        asOffice.put("completeness", "/periods/" + quarter[1]);
        asOffice.put("ranking", "/periods/" + quarter[0] + "/results");
        asOffice.put("scorecard", "/periods/" + quarter[0] + "/results/" + haiBinh);
        asOffice.put("dashboard", "/periods/" + quarter[0] + "/results/dashboard");
        Map<String, String> asReporter = new LinkedHashMap<>();
        asReporter.put("home (reporter)", "/");
        asReporter.put("my forms", "/forms");
        asReporter.put("form", "/forms/" + form);

        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (int[] size : new int[][] {{390, 844}, {1366, 768}}) {
            String screen = size[0] + "×" + size[1];
            Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(size[0], size[1]);
            try (BrowserContext anonymous = browser.newContext(options)) {
                Page page = anonymous.newPage();
                for (String path : List.of("/login", "/public/results/" + quarter[0])) {
                    page.navigate(url(path));
                    problems.addAll(problems(page, screen + " " + path));
                    pages++;
                }
            }
            for (var who : List.of(Map.entry("thanhhoa.cds", asOffice), Map.entry("haibinh.baocao", asReporter))) {
                try (BrowserContext context = browser.newContext(options)) {
                    List<String> errors = new ArrayList<>();
                    Page page = signIn(context, who.getKey(), errors);
                    for (var p : who.getValue().entrySet()) {
                        page.navigate(url(p.getValue()));
                        assertThat(page.title()).as(p.getKey()).doesNotContain("Lỗi");
                        problems.addAll(problems(page, screen + " " + p.getKey() + " " + p.getValue()));
                        pages++;
                    }
                    assertThat(errors).as("no script error on any page").isEmpty();
                }
            }
        }
        System.out.println("Phone and accessibility: " + pages + " pages checked, " + problems.size() + " problems");
        assertThat(problems)
                .as("sideways scroll or serious accessibility violations")
                .isEmpty();
    }

    /** Counts what the user does: each click, fill and choice is one interaction. */
    private static final class Thumb {
        int interactions;

        void click(Locator l) {
            interactions++;
            l.click();
        }

        void fill(Locator l, String text) {
            interactions++;
            l.fill(text);
        }

        void select(Locator l, String value) {
            interactions++;
            l.selectOption(value);
        }
    }

    @Test
    void aCommuneReporterFillsTwentyCriteriaAndCitesFiveDocumentsWithinFortyInteractions() {
        WebClient office = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD);
        long current = quarters(office)[1];
        JsonNode untouched = null;
        for (JsonNode c : JSON.readTree(office.getJson("/api/v1/periods/" + current + "/completeness?status=DRAFT")
                .body())) {
            if (c.get("percentFilled").asInt() == 0
                    && c.get("form").get("items").asInt() == 20) {
                untouched = c.get("form");
            }
        }
        assertThat(untouched).as("a commune of the demo that has not started").isNotNull();
        long formId = untouched.get("id").asLong();
        String commune = units.byPath(untouched.get("assigneePath").asString())
                .orElseThrow()
                .code();
        users.create(
                TestPrincipal.admin(),
                new UserInput(
                        "xa.dienthoai",
                        "Cán bộ xã dùng điện thoại",
                        null,
                        Role.REPORTER,
                        commune,
                        "CURRENT",
                        null,
                        PASSWORD,
                        true));
        WebClient api = WebClient.api(port, "xa.dienthoai", PASSWORD);
        for (String[] d : new String[][] {
            {"PLAN", "12/KH-UBND", "2026-02-10", "Kế hoạch phát triển chính quyền số của xã năm 2026"},
            {"REPORT", "88/BC-UBND", "2026-09-30", "Báo cáo kết quả chuyển đổi số quý III"}
        }) {
            assertThat(api.postMultipart(
                                    "/api/v1/evidence",
                                    Map.of("kind", d[0], "number", d[1], "issuedOn", d[2], "summary", d[3]),
                                    null,
                                    null,
                                    null)
                            .statusCode())
                    .isEqualTo(201);
        }
        List<String> numbers = new ArrayList<>();
        for (JsonNode d : JSON.readTree(api.getJson("/api/v1/evidence").body())) {
            numbers.add(d.get("number").asString());
        }
        assertThat(numbers).as("five documents already in the library").hasSizeGreaterThanOrEqualTo(5);

        Thumb thumb = new Thumb();
        try (BrowserContext phone = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(390, 844).setHasTouch(true))) {
            Page page = phone.newPage();
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            thumb.interactions++; // opening the address
            page.navigate(url("/login"));
            thumb.fill(page.getByLabel("Tên đăng nhập"), "xa.dienthoai");
            thumb.fill(page.getByLabel("Mật khẩu"), PASSWORD);
            thumb.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")));
            page.waitForURL(address -> !address.contains("/login"));
            thumb.click(page.locator("#work-fill a[href='/forms/" + formId + "']"));
            page.waitForURL(address -> address.contains("/forms/" + formId));

            Locator rows = page.locator("#form-table tr[id^='c-']");
            assertThat(rows.count()).isEqualTo(20);
            for (int i = 0; i < rows.count(); i++) {
                Locator row = rows.nth(i);
                Locator choice = row.locator("select[name='choice']");
                Locator yes = row.locator("select[name='yes']");
                if (choice.count() > 0) {
                    thumb.select(choice, "CHU_TICH");
                } else if (yes.count() > 0) {
                    thumb.select(yes, "true");
                } else {
                    Locator denominator = row.locator("input[name='denominator']");
                    assertThat(denominator.count() == 0
                                    || !denominator.inputValue().isEmpty())
                            .as("a ratio starts from last period's denominator")
                            .isTrue();
                    thumb.fill(row.locator("input[name='number']"), "3");
                }
            }
            thumb.click(page.locator("#form-title")); // the thumb leaves the last input: it saves
            page.locator("#form-next .alert-success").waitFor();
            assertThat(page.locator("#form-filled").textContent()).isEqualTo("20/20");
            assertThat(page.locator("#form-next").textContent()).contains("Đã nhập đủ 20 tiêu chí");
            assertThat(page.locator("#form-table .row-state[data-state='saved']")
                            .count())
                    .as("every row says it is saved")
                    .isEqualTo(20);

            for (int i = 0; i < 5; i++) {
                Locator picker = page.locator("#form-table .cite-picker").nth(i);
                String number = numbers.get(i);
                thumb.fill(picker.locator("input[type='search']"), number.substring(0, number.indexOf('/')));
                Locator cite = picker.locator(".cite-results button");
                cite.first().waitFor();
                thumb.click(cite.first());
                page.waitForLoadState(LoadState.NETWORKIDLE);
            }
            assertThat(page.locator("#form-table .evidence-row li").count())
                    .as("five citations on the form")
                    .isGreaterThanOrEqualTo(5);
            Object width = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(width).as("no sideways scroll on the form").isEqualTo(true);
            assertThat(errors).isEmpty();
        }
        JsonNode saved =
                JSON.readTree(api.getJson("/api/v1/forms/" + formId).body()).get("form");
        assertThat(saved.get("filled").asInt()).isEqualTo(20);
        System.out.println(
                "Phone: a 20-criterion form filled and 5 documents cited in " + thumb.interactions + " interactions");
        assertThat(thumb.interactions).isLessThanOrEqualTo(40);
    }
}
