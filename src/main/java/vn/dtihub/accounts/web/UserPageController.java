package vn.dtihub.accounts.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.AccountPrincipal;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.UserView;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.units.Structure;

/** User administration within the caller's scope. */
@Controller
@RequestMapping("/admin/users")
class UserPageController {

    static final int PAGE_SIZE = 50;

    private final Users accounts;

    UserPageController(Users accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        int p = Math.max(page, 0);
        List<UserView> users =
                accounts.list(me, q.length() > 100 ? q.substring(0, 100) : q, p * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute(
                "users",
                users.stream()
                        .limit(PAGE_SIZE)
                        .map(u -> new UserRow(u, accounts.seatName(u)))
                        .toList());
        model.addAttribute("hasMore", users.size() > PAGE_SIZE);
        model.addAttribute("page", p);
        model.addAttribute("q", q);
        return "accounts/users";
    }

    @GetMapping("/new")
    String newUser(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", UserForm.empty());
        }
        return form(me, model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") UserForm form,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        try {
            UserView created = accounts.create(me, form.input());
            redirect.addFlashAttribute("success", "users.created");
            redirect.addAttribute("id", created.id());
            return "redirect:/admin/users/{id}";
        } catch (InvalidInputException e) {
            model.addAttribute("fieldError", e.field());
            model.addAttribute("errorKey", e.messageKey());
            return form(me, model, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        UserView user = accounts.get(me, id);
        if (!model.containsAttribute("form")) {
            String[] path =
                    user.unitPath() == null ? new String[0] : user.unitPath().split("/");
            String unitCode = path.length > 1 ? path[path.length - 1] : null;
            String structure = path.length > 1 ? path[0] : null;
            model.addAttribute("form", UserForm.of(user, unitCode, structure));
        }
        return form(me, model, user);
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") UserForm form,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        UserView user = accounts.get(me, id);
        try {
            UserInput input = form.input();
            // The edit form has no password field: the password is reset with its own form.
            UserInput change = new UserInput(
                    null,
                    input.displayName(),
                    input.email() == null ? "" : input.email(),
                    input.role(),
                    input.unitCode(),
                    input.structure(),
                    input.agencyId(),
                    null,
                    input.active());
            accounts.update(me, id, form.version() == null ? -1 : form.version(), change);
            redirect.addFlashAttribute("success", "users.saved");
            redirect.addAttribute("id", id);
            return "redirect:/admin/users/{id}";
        } catch (InvalidInputException e) {
            model.addAttribute("fieldError", e.field());
            model.addAttribute("errorKey", e.messageKey());
            return form(me, model, user);
        }
    }

    @PostMapping("/{id}/password")
    @OnFailure(value = "/admin/users/{id}", as = "passwordError")
    String resetPassword(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String password,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        accounts.resetPassword(me, id, password);
        redirect.addFlashAttribute("success", "users.passwordReset");
        return "redirect:/admin/users/{id}";
    }

    private String form(AccountPrincipal me, Model model, UserView user) {
        model.addAttribute("user", user);
        model.addAttribute("seatName", user == null ? null : accounts.seatName(user));
        model.addAttribute(
                "roles",
                Arrays.stream(Role.values())
                        .filter(r -> r != Role.ADMIN || me.role() == Role.ADMIN)
                        .toList());
        model.addAttribute("structures", Structure.values());
        return "accounts/user-form";
    }

    record UserRow(UserView user, String seatName) {}
}
