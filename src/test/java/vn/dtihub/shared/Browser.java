package vn.dtihub.shared;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Playwright on Debian's Chromium when it is installed (CI and this project's machines have no route to
 * Playwright's browser downloads); elsewhere Playwright fetches its own browser as usual.
 */
public final class Browser {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private Browser() {}

    public static Playwright playwright() {
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            return Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        }
        return Playwright.create();
    }

    public static com.microsoft.playwright.Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM)
                    .setArgs(List.of(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync"));
        }
        return playwright.chromium().launch(options);
    }
}
