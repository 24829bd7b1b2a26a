package vn.dtihub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/** The language a link asks for holds from the first page on, the login page a signed-out user is sent to included. */
class LanguageIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void anEnglishLinkOpensTheLoginPageInEnglishAndTheChoiceStays() {
        WebClient browser = new WebClient(port);
        HttpResponse<String> asked = browser.get("/forms?lang=en");
        assertThat(asked.statusCode()).as("signed out: to the login page").isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(asked.headers().allValues("Set-Cookie"))
                .as("the choice remembered before the redirect")
                .anyMatch(c -> c.startsWith("dtihub-lang=en"));
        String login = browser.get("/login").body();
        assertThat(login).contains("<html lang=\"en\"", "Sign in").doesNotContain("Đăng nhập</button>");

        browser.get("/login?lang=vi");
        assertThat(browser.get("/login").body()).contains("<html lang=\"vi\"", "Đăng nhập");
    }
}
