package vn.dtihub.accounts.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dtihub.accounts.domain.AccountPrincipal;
import vn.dtihub.accounts.domain.AuditLog;
import vn.dtihub.accounts.domain.AuditLog.AuditQuery;

/** The audit log as administrators (everything) and standing offices (their subtree) read it. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 100;

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        int p = Math.max(page, 0);
        var entries = audit.read(me.scope(), query(actor, action, from, to, p * PAGE_SIZE, PAGE_SIZE + 1));
        model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("hasMore", entries.size() > PAGE_SIZE);
        model.addAttribute("page", p);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("zone", vn.dtihub.shared.VietnamTime.ZONE);
        return "accounts/audit";
    }

    static AuditQuery query(String actor, String action, LocalDate from, LocalDate to, int offset, int limit) {
        return new AuditQuery(
                actor,
                action,
                from == null
                        ? null
                        : from.atStartOfDay(vn.dtihub.shared.VietnamTime.ZONE).toInstant(),
                to == null
                        ? null
                        : to.plusDays(1)
                                .atStartOfDay(vn.dtihub.shared.VietnamTime.ZONE)
                                .toInstant(),
                offset,
                limit);
    }
}
