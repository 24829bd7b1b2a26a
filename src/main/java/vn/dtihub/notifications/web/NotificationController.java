package vn.dtihub.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.notifications.domain.Notification;
import vn.dtihub.notifications.domain.Notifications;
import vn.dtihub.notifications.domain.Reminders;
import vn.dtihub.shared.ScopedPrincipal;

/** The caller's notifications (page, unread counter, API), their e-mail preference, and the "remind now" button. */
@Controller
class NotificationController {

    private final Notifications notifications;
    private final Reminders reminders;

    NotificationController(Notifications notifications, Reminders reminders) {
        this.notifications = notifications;
        this.reminders = reminders;
    }

    @GetMapping("/notifications")
    String page(@AuthenticationPrincipal ScopedPrincipal me, Model model) {
        model.addAttribute("notifications", notifications.mine(me));
        model.addAttribute("email", notifications.wantsEmail(me));
        model.addAttribute("zone", vn.dtihub.shared.VietnamTime.ZONE);
        return "notifications/list";
    }

    /** The unread counter of the navigation bar, refreshed by htmx. */
    @GetMapping("/notifications/unread")
    @ResponseBody
    String unread(@AuthenticationPrincipal ScopedPrincipal me) {
        long n = notifications.unread(me);
        return n == 0 ? "" : String.valueOf(n);
    }

    @PostMapping("/notifications/read")
    String readAll(@AuthenticationPrincipal ScopedPrincipal me) {
        notifications.markRead(me, null);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        notifications.markRead(me, id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/preferences")
    String preferences(
            @RequestParam(defaultValue = "false") boolean email,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        notifications.setEmail(me, email);
        redirect.addFlashAttribute("success", "notification.preferencesSaved");
        return "redirect:/notifications";
    }

    @GetMapping("/api/v1/notifications")
    @ResponseBody
    @Operation(summary = "The caller's notifications, newest first")
    List<Notification> list(@AuthenticationPrincipal ScopedPrincipal me) {
        return notifications.mine(me);
    }

    @GetMapping("/api/v1/notifications/unread")
    @ResponseBody
    @Operation(summary = "How many of the caller's notifications are unread")
    Map<String, Long> unreadApi(@AuthenticationPrincipal ScopedPrincipal me) {
        return Map.of("unread", notifications.unread(me));
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @ResponseBody
    @Operation(summary = "Mark one of the caller's notifications read")
    Map<String, Long> readApi(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        notifications.markRead(me, id);
        return Map.of("unread", notifications.unread(me));
    }

    @PostMapping("/periods/{id}/nudge")
    String nudge(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me, RedirectAttributes redirect) {
        int n = reminders.nudge(me, id);
        redirect.addFlashAttribute("success", "notification.nudged");
        redirect.addFlashAttribute("successCount", n);
        redirect.addAttribute("id", id);
        return "redirect:/periods/{id}";
    }

    @PostMapping("/api/v1/periods/{id}/nudge")
    @ResponseBody
    @Operation(summary = "Remind every late unit of the period now (once a day per form)")
    Map<String, Integer> nudgeApi(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return Map.of("reminded", reminders.nudge(me, id));
    }
}
