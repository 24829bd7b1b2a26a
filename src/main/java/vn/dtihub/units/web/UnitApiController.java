package vn.dtihub.units.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyChange;
import vn.dtihub.units.Level;
import vn.dtihub.units.LineageLink;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;
import vn.dtihub.units.domain.UnitDetail;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Administrative units of Vietnam in both structures, with the 2025 lineage")
class UnitApiController {

    static final int MAX_PAGE_SIZE = 20_000;

    private final Units units;

    UnitApiController(Units units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "List units of a structure, by level and/or under a parent; paged (size up to 20,000)")
    UnitPage list(
            @RequestParam(defaultValue = "current") String structure,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String parent,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "1000") int size) {
        Structure s = StructureParam.resolve(structure, null);
        Level l = level(level);
        if (page < 0) {
            throw new InvalidInputException("page", "error.typeMismatch", "page must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "error.typeMismatch", "size must be between 1 and 20000");
        }
        long total = units.count(s, l, parent);
        List<UnitJson> content = units.list(s, l, parent, page * size, size).stream()
                .map(UnitJson::of)
                .toList();
        return new UnitPage(content, page, size, total, (int) ((total + size - 1) / size));
    }

    @GetMapping("/search")
    @Operation(summary = "Find units by name (diacritics ignored) or code, best match first")
    List<UnitJson> search(
            @RequestParam String q,
            @RequestParam(required = false) String structure,
            @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 200) {
            throw new InvalidInputException("limit", "error.typeMismatch", "limit must be between 1 and 200");
        }
        if (q.length() > 100) {
            throw new InvalidInputException("q", "validation.tooLong", "q is at most 100 characters");
        }
        return units.search(q, StructureParam.optional(structure), limit).stream()
                .map(UnitJson::of)
                .toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit with its parents, children, predecessors and successors")
    UnitDetailJson get(@PathVariable String code, @RequestParam(required = false) String structure) {
        UnitDetail detail = units.detail(units.get(StructureParam.optional(structure), code));
        return new UnitDetailJson(
                UnitJson.of(detail.unit()),
                detail.ancestors().stream().map(UnitJson::of).toList(),
                detail.children().stream().map(UnitJson::of).toList(),
                detail.predecessors().stream().map(LinkJson::of).toList(),
                detail.successors().stream().map(LinkJson::of).toList());
    }

    @GetMapping("/{code}/agencies")
    @Operation(summary = "Agencies of a unit (within the caller's scope)")
    List<AgencyJson> agencies(
            @PathVariable String code,
            @RequestParam(required = false) String structure,
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @AuthenticationPrincipal ScopedPrincipal me) {
        UnitView unit = units.get(StructureParam.optional(structure), code);
        units.requireReadable(me, unit);
        return units.agenciesOf(unit, includeInactive).stream()
                .map(AgencyJson::of)
                .toList();
    }

    @PostMapping("/{code}/agencies")
    @Operation(summary = "Create an agency under a unit (administrators and standing offices within scope)")
    ResponseEntity<AgencyJson> createAgency(
            @PathVariable String code,
            @RequestParam(required = false) String structure,
            @RequestBody AgencyRequest request,
            @AuthenticationPrincipal ScopedPrincipal me) {
        UnitView unit = units.get(StructureParam.optional(structure), code);
        var created = units.createAgency(
                me, unit, new AgencyChange(request.name(), request.shortName(), request.kind(), true));
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + created.id()))
                .body(AgencyJson.of(created));
    }

    private static Level level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return Level.valueOf(level.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("level", "error.typeMismatch", "level is PROVINCE, DISTRICT or COMMUNE");
        }
    }

    record UnitPage(List<UnitJson> content, int page, int size, long totalElements, int totalPages) {}

    record UnitJson(
            String code,
            String name,
            String fullName,
            String nameEn,
            String fullNameEn,
            String kind,
            String level,
            String parentCode,
            String structure) {
        static UnitJson of(UnitView u) {
            return new UnitJson(
                    u.code(),
                    u.name(),
                    u.fullName(),
                    u.nameEn(),
                    u.fullNameEn(),
                    u.kind(),
                    u.level().name(),
                    u.parentCode(),
                    u.structure().code());
        }
    }

    record LinkJson(String code, String name, String structure, String mergeType, String effectiveOn, boolean known) {
        static LinkJson of(LineageLink l) {
            return new LinkJson(
                    l.code(),
                    l.name(),
                    l.structure().code(),
                    l.mergeType().name().toLowerCase(java.util.Locale.ROOT),
                    l.effectiveOn().toString(),
                    l.known());
        }
    }

    record UnitDetailJson(
            String code,
            String name,
            String fullName,
            String nameEn,
            String fullNameEn,
            String kind,
            String level,
            String parentCode,
            String structure,
            List<UnitJson> parents,
            List<UnitJson> children,
            List<LinkJson> predecessors,
            List<LinkJson> successors) {
        UnitDetailJson(
                UnitJson u,
                List<UnitJson> parents,
                List<UnitJson> children,
                List<LinkJson> predecessors,
                List<LinkJson> successors) {
            this(
                    u.code(),
                    u.name(),
                    u.fullName(),
                    u.nameEn(),
                    u.fullNameEn(),
                    u.kind(),
                    u.level(),
                    u.parentCode(),
                    u.structure(),
                    parents,
                    children,
                    predecessors,
                    successors);
        }
    }
}
