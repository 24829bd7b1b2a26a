package vn.dtihub.units.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyChange;
import vn.dtihub.units.Units;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "Departments, offices and enterprises under a unit")
class AgencyApiController {

    private final Units units;

    AgencyApiController(Units units) {
        this.units = units;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agency (404 outside the caller's scope)")
    AgencyJson get(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return AgencyJson.of(units.visibleAgency(me, id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Rename, re-kind, deactivate or reactivate an agency; send the version you read (409 if stale)")
    AgencyJson update(
            @PathVariable long id, @RequestBody AgencyRequest request, @AuthenticationPrincipal ScopedPrincipal me) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "validation.required", "version is required");
        }
        return AgencyJson.of(units.updateAgency(
                me,
                id,
                request.version(),
                new AgencyChange(request.name(), request.shortName(), request.kind(), request.active())));
    }
}
