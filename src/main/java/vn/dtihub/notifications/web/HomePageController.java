package vn.dtihub.notifications.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dtihub.notifications.domain.MyWork;
import vn.dtihub.shared.DatabaseMode;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Units;

/** The home page: what waits for the signed-in user now, each card a link to where it is done. */
@Controller
class HomePageController {

    private final MyWork work;
    private final Units units;
    private final DatabaseMode mode;

    HomePageController(MyWork work, Units units, DatabaseMode mode) {
        this.work = work;
        this.units = units;
        this.mode = mode;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal ScopedPrincipal me, Model model) {
        model.addAttribute("demo", mode.embedded());
        model.addAttribute("work", work.of(me));
        model.addAttribute("today", work.today());
        if (me.seatPath() != null) {
            units.byPath(me.seatPath()).ifPresent(u -> model.addAttribute("seatUnit", u));
        }
        return "notifications/home";
    }
}
