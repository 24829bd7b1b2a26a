package vn.dtihub.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.accounts.domain.AccountPrincipal;
import vn.dtihub.accounts.domain.AuditLog;
import vn.dtihub.accounts.domain.AuditLog.AuditEntry;
import vn.dtihub.shared.InvalidInputException;

@RestController
@Tag(name = "Audit", description = "The append-only audit log, filtered by the caller's scope")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Audit entries, newest first; filter by actor, action and dates (yyyy-MM-dd, Vietnam time)")
    List<AuditEntry> list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            @AuthenticationPrincipal AccountPrincipal me) {
        if (size < 1 || size > 1000 || page < 0) {
            throw new InvalidInputException("size", "error.typeMismatch", "size is 1..1000 and page not negative");
        }
        return audit.read(me.scope(), AuditPageController.query(actor, action, from, to, page * size, size));
    }
}
