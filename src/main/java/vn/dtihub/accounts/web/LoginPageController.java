package vn.dtihub.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; the home page (what waits for the user) is the notifications module's. */
@Controller
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }
}
