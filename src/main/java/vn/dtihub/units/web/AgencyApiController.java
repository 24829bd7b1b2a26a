package vn.dtihub.units.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyChange;
import vn.dtihub.units.AgencyLineage;
import vn.dtihub.units.Succession;
import vn.dtihub.units.Units;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "Departments, offices and enterprises under a unit")
class AgencyApiController {

    private final Units units;
    private final AgencyLineage lineage;

    AgencyApiController(Units units, AgencyLineage lineage) {
        this.units = units;
        this.lineage = lineage;
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

    /** Renamed or merged into another agency from a date: an existing successor, or (renamed) a new name. */
    record SuccessionRequest(
            Succession succession,
            Long successorId,
            String newName,
            java.time.LocalDate effectiveOn,
            Integer version) {}

    @PostMapping("/{id}/succession")
    @Operation(
            summary = "Record that the agency was renamed or merged into another from a date (successorId, or newName"
                    + " when renamed); the old agency stays, inactive, and its successor carries on its tasks")
    AgencyJson succeed(
            @PathVariable long id,
            @RequestBody SuccessionRequest request,
            @AuthenticationPrincipal ScopedPrincipal me) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "validation.required", "version is required");
        }
        return AgencyJson.of(lineage.succeed(
                me,
                id,
                request.version(),
                request.succession(),
                request.successorId(),
                request.newName(),
                request.effectiveOn()));
    }
}
