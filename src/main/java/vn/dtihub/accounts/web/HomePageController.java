package vn.dtihub.accounts.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dtihub.accounts.domain.AccountPrincipal;
import vn.dtihub.shared.DatabaseMode;
import vn.dtihub.units.Units;

@Controller
class HomePageController {

    private final Units units;
    private final DatabaseMode mode;

    HomePageController(Units units, DatabaseMode mode) {
        this.units = units;
        this.mode = mode;
    }

    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("demo", mode.embedded());
        if (me.seatPath() != null) {
            String[] parts = me.seatPath().split("/");
            units.find(vn.dtihub.units.Structure.fromCode(parts[0]).orElseThrow(), parts[parts.length - 1])
                    .ifPresent(u -> model.addAttribute("seatUnit", u));
        }
        return "accounts/home";
    }
}
