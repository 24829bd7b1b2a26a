package vn.dtihub.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.domain.AgencyRepository;
import vn.dtihub.units.domain.LineageRepository;

/**
 * Agencies renamed or merged into another from a date, as units are: in 2025 the provincial Sở Thông tin và Truyền
 * thông went into the Sở Khoa học và Công nghệ, the Cục Thuế tỉnh became Thuế tỉnh. A name from an older document is
 * matched to the agency that carries it on, and that agency carries on the old one's tasks. Nothing is deleted.
 */
@Service
public class AgencyLineage {

    private final Units units;
    private final AgencyRepository agencies;
    private final LineageRepository lineage;
    private final AuditTrail audit;

    AgencyLineage(Units units, AgencyRepository agencies, LineageRepository lineage, AuditTrail audit) {
        this.units = units;
        this.agencies = agencies;
        this.lineage = lineage;
        this.audit = audit;
    }

    /**
     * The agencies of a unit a name designates on a day. The unit's active agencies are tried first; an agency of
     * that name renamed or merged by then (of the unit, or of a unit it was formed from in 2025) stands for its
     * successor. A successor outside the unit is not taken: the unit's last agency in the chain is.
     */
    public AgencyMatch match(UnitView unit, String written, LocalDate on) {
        String key = AgencyNames.key(written);
        if (key.isEmpty()) {
            return AgencyMatch.of(List.of());
        }
        List<AgencyView> direct = Units.named(agencies.ofUnit(unit.id(), false), key);
        if (direct.size() == 1 && direct.get(0).succeededBy(on)) {
            return followed(unit, direct.get(0), on);
        }
        if (!direct.isEmpty()) {
            return AgencyMatch.of(direct);
        }
        List<AgencyView> older = new ArrayList<>(agencies.ofUnit(unit.id(), true).stream()
                .filter(a -> !a.active())
                .toList());
        for (String root : units.scopeRoots(unit)) {
            if (!root.equals(unit.path())) {
                units.byPath(root).ifPresent(u -> older.addAll(agencies.ofUnit(u.id(), true)));
            }
        }
        List<AgencyView> named =
                Units.named(older, key).stream().filter(a -> a.succeededBy(on)).toList();
        if (named.size() == 1) {
            return followed(unit, named.get(0), on);
        }
        return AgencyMatch.of(List.of());
    }

    private AgencyMatch followed(UnitView unit, AgencyView from, LocalDate on) {
        List<AgencyView> chain = new ArrayList<>(List.of(from));
        Set<Long> seen = new HashSet<>(Set.of(from.id()));
        AgencyView current = from;
        while (current.succeededBy(on) && seen.add(current.successorId())) {
            current = agencies.find(current.successorId()).orElseThrow();
            chain.add(current);
        }
        AgencyView last = null;
        for (AgencyView a : chain) {
            if (a.unitId() == unit.id()) {
                last = a;
            }
        }
        AgencyView target = last == null ? current : last;
        if (target.id() == from.id()) {
            return AgencyMatch.of(List.of(from));
        }
        return new AgencyMatch(List.of(target), from, from.succession(), from.succeededOn());
    }

    /** The agency and those renamed or merged into it, directly or through others: whose tasks it carries on. */
    public List<Long> carriedOnBy(long agencyId) {
        List<Long> ids = new ArrayList<>(List.of(agencyId));
        ids.addAll(agencies.predecessors(agencyId));
        return ids;
    }

    /** The agencies an agency may be renamed or merged into: those of its unit and of the units its unit went into. */
    public List<AgencyView> possibleSuccessors(AgencyView agency) {
        List<AgencyView> out = new ArrayList<>();
        UnitView unit = units.findById(agency.unitId()).orElseThrow();
        out.addAll(agencies.ofUnit(unit.id(), false));
        for (LineageLink link : lineage.successors(unit.structure(), unit.code())) {
            units.find(link.structure(), link.code()).ifPresent(u -> out.addAll(agencies.ofUnit(u.id(), false)));
        }
        Set<Long> excluded = new HashSet<>(carriedOnBy(agency.id()));
        return out.stream().filter(a -> !excluded.contains(a.id())).toList();
    }

    /**
     * Records that an agency was renamed or merged into another from a day: into an existing agency of its unit or
     * of a unit its unit went into, or, renamed, into a new agency of its unit under the new name. The old agency stays
     * with its history (the plans of its years still name it); the successor carries on its tasks.
     */
    @Transactional
    public AgencyView succeed(
            ScopedPrincipal caller,
            long agencyId,
            int version,
            Succession how,
            Long successorId,
            String newName,
            LocalDate on) {
        AgencyView agency = units.visibleAgency(caller, agencyId);
        if (!caller.administers() || !caller.scope().coversUnit(agency.unitPath())) {
            throw new AccessDeniedException("Not allowed to manage agencies here");
        }
        if (how == null) {
            throw new InvalidInputException("succession", "validation.required", "succession is RENAMED or MERGED");
        }
        if (on == null || on.getYear() < 2000 || on.getYear() > 2100) {
            throw new InvalidInputException("effectiveOn", "validation.required", "The date is required (2000–2100)");
        }
        if (agency.successorId() != null) {
            throw new ConflictException("agency.alreadySucceeded", "The agency already has a successor");
        }
        boolean named = newName != null && !newName.isBlank();
        if ((successorId == null) == !named) {
            throw new InvalidInputException(
                    "successorId", "agency.successorRequired", "Give either the successor or, renamed, the new name");
        }
        AgencyView successor;
        if (named) {
            if (how != Succession.RENAMED) {
                throw new InvalidInputException(
                        "successorId", "agency.mergeIntoExisting", "An agency is merged into an existing agency");
            }
            UnitView unit = units.findById(agency.unitId()).orElseThrow();
            successor = units.agencyNamed(unit, newName)
                    .orElseGet(() ->
                            units.createAgency(caller, unit, new AgencyChange(newName, null, agency.kind(), true)));
        } else {
            successor = possibleSuccessors(agency).stream()
                    .filter(a -> a.id() == successorId)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "successorId",
                            "agency.successorOutside",
                            "The successor is an agency of the same unit or of a unit it went into"));
        }
        if (!agencies.succeed(agencyId, version, successor.id(), how, on)) {
            throw new ConflictException("error.conflict", "The agency was changed by someone else meanwhile");
        }
        AgencyView after = agencies.find(agencyId).orElseThrow();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("succession", how.name());
        change.put("successor", successor.name());
        change.put("successorId", successor.id());
        change.put("effectiveOn", on.toString());
        audit.record(AuditRecord.of("AGENCY_SUCCEEDED", "agency", agencyId, agency.unitPath())
                .change(null, change));
        return after;
    }
}
