package vn.dtihub.accounts.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.accounts.domain.AccountPrincipal;
import vn.dtihub.accounts.domain.ApiTokens;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.shared.OnFailure;

/** The signed-in user's own page: change password, create and revoke personal API tokens. */
@Controller
class ProfilePageController {

    private final Users accounts;
    private final ApiTokens tokens;

    ProfilePageController(Users accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("tokens", tokens.ofUser(me.userId()));
        model.addAttribute("zone", vn.dtihub.shared.VietnamTime.ZONE);
        return "accounts/profile";
    }

    @PostMapping("/profile/password")
    @OnFailure(value = "/profile", as = "passwordError")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String password,
            @AuthenticationPrincipal AccountPrincipal me,
            jakarta.servlet.http.HttpSession session,
            RedirectAttributes redirect) {
        accounts.changeOwnPassword(me, currentPassword, password, session.getId());
        redirect.addFlashAttribute("success", "profile.passwordChanged");
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens")
    @OnFailure(value = "/profile", as = "tokenError")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        var issued = tokens.issue(me.userId(), me.seatPath(), name, ApiTokens.PERSONAL_LIFETIME);
        redirect.addFlashAttribute("newToken", issued.token());
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        if (!tokens.revoke(me.userId(), id, me.seatPath())) {
            throw new TokenNotFoundException(id);
        }
        redirect.addFlashAttribute("success", "profile.revoked");
        return "redirect:/profile";
    }
}
