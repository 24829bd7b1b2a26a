package vn.dtihub.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;
import vn.dtihub.units.domain.AgencyNotFoundException;
import vn.dtihub.units.domain.AgencyRepository;
import vn.dtihub.units.domain.LineageRepository;
import vn.dtihub.units.domain.UnitDetail;
import vn.dtihub.units.domain.UnitRepository;

/** The units module's API: read units, their lineage and agencies; change agencies within one's scope. */
@Service
public class Units {

    public static final int MAX_NAME_LENGTH = 200;

    private final UnitRepository units;
    private final LineageRepository lineage;
    private final AgencyRepository agencies;
    private final AuditTrail audit;

    Units(UnitRepository units, LineageRepository lineage, AgencyRepository agencies, AuditTrail audit) {
        this.units = units;
        this.lineage = lineage;
        this.agencies = agencies;
        this.audit = audit;
    }

    public Optional<UnitView> find(Structure structure, String code) {
        return units.find(structure, code);
    }

    /** A unit by code; without a structure, the current one if the code exists there, else the pre-2025 one. */
    public UnitView get(Structure structure, String code) {
        if (structure != null) {
            return units.find(structure, code).orElseThrow(() -> UnitNotFoundException.forCode(code));
        }
        return units.find(Structure.CURRENT, code)
                .or(() -> units.find(Structure.PRE2025, code))
                .orElseThrow(() -> UnitNotFoundException.forCode(code));
    }

    public Optional<UnitView> findById(long id) {
        return units.findById(id);
    }

    /** The units of the structure in force that each of some old units went into (wholly or in part), by old code. */
    public Map<String, List<String>> successors(Structure structure, java.util.Collection<String> codes) {
        return lineage.successors(structure, codes);
    }

    /** The old units each of some units of the structure in force was formed from (wholly or in part), by code. */
    public Map<String, List<String>> predecessors(Structure structure, java.util.Collection<String> codes) {
        return lineage.predecessors(structure, codes);
    }

    /** Units of a structure by code, in one query. */
    public List<UnitView> byCodes(Structure structure, java.util.Collection<String> codes) {
        return units.byCodes(structure, codes);
    }

    /** Units by id, in one query. */
    public List<UnitView> byIds(java.util.Collection<Long> ids) {
        return units.byIds(ids);
    }

    /** The unit at a path such as {@code current/38/16645/}. */
    public Optional<UnitView> byPath(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String[] parts = path.split("/");
        return Structure.fromCode(parts[0]).flatMap(s -> units.find(s, parts[parts.length - 1]));
    }

    public UnitDetail detail(UnitView unit) {
        return new UnitDetail(
                unit,
                units.ancestors(unit),
                units.children(unit.structure(), unit.code()),
                lineage.predecessors(unit.structure(), unit.code()),
                lineage.successors(unit.structure(), unit.code()));
    }

    public List<UnitView> children(Structure structure, String parentCode) {
        if (parentCode != null && !units.exists(structure, parentCode)) {
            throw UnitNotFoundException.forCode(parentCode);
        }
        return units.children(structure, parentCode);
    }

    public List<UnitView> list(Structure structure, Level level, String parentCode, int offset, int limit) {
        if (parentCode != null && !units.exists(structure, parentCode)) {
            throw UnitNotFoundException.forCode(parentCode);
        }
        return units.list(structure, level, parentCode, offset, limit);
    }

    public long count(Structure structure, Level level, String parentCode) {
        if (parentCode != null && !units.exists(structure, parentCode)) {
            throw UnitNotFoundException.forCode(parentCode);
        }
        return units.count(structure, level, parentCode);
    }

    public List<UnitView> search(String query, Structure structure, int limit) {
        return units.search(query, structure, limit);
    }

    /**
     * The paths a scope rooted at this unit covers: its own, and those of the units it was formed from in 2025
     * (a province's predecessors, a commune's), so that the history of a merged unit stays within reach of the
     * unit that carries it on.
     */
    public List<String> scopeRoots(UnitView unit) {
        Set<String> roots = new LinkedHashSet<>();
        roots.add(unit.path());
        for (LineageLink link : lineage.predecessors(unit.structure(), unit.code())) {
            if (link.known()) {
                units.find(link.structure(), link.code()).ifPresent(u -> roots.add(u.path()));
            }
        }
        return new ArrayList<>(roots);
    }

    public Optional<AgencyView> agency(long id) {
        return agencies.find(id);
    }

    public Optional<AgencyView> agencyNamed(UnitView unit, String name) {
        return agencies.findByName(unit.id(), name);
    }

    /**
     * The active agencies of a unit whose name (or short name) a document's wording designates, ignoring case,
     * diacritics and the usual abbreviations: one for a match, several when it is ambiguous, none when unknown.
     */
    public List<AgencyView> agenciesNamed(UnitView unit, String written) {
        String key = AgencyNames.key(written);
        return key.isEmpty() ? List.of() : named(agencies.ofUnit(unit.id(), false), key);
    }

    /** The agencies among some whose name or short name has the key, or else whose name starts the key or the reverse. */
    static List<AgencyView> named(List<AgencyView> all, String key) {
        List<AgencyView> exact = all.stream()
                .filter(a -> AgencyNames.key(a.name()).equals(key)
                        || a.shortName() != null
                                && AgencyNames.key(a.shortName()).equals(key))
                .toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        // "Sở Thông tin và Truyền thông tỉnh" or "Văn phòng UBND" for "Văn phòng UBND tỉnh": one name starts the other.
        return all.stream()
                .filter(a -> {
                    String k = AgencyNames.key(a.name());
                    return k.startsWith(key + " ") || key.startsWith(k + " ");
                })
                .toList();
    }

    public List<AgencyView> agenciesOf(UnitView unit, boolean includeInactive) {
        return agencies.ofUnit(unit.id(), includeInactive);
    }

    /** An agency the caller may see, or not-found: existence of another province's agency is not disclosed. */
    public AgencyView visibleAgency(ScopedPrincipal caller, long id) {
        AgencyView agency = agencies.find(id).orElseThrow(() -> AgencyNotFoundException.forId(id));
        if (!caller.scope().coversAgency(agency.id(), agency.unitPath())) {
            throw AgencyNotFoundException.forId(id);
        }
        return agency;
    }

    public void requireReadable(ScopedPrincipal caller, UnitView unit) {
        if (!caller.scope().coversUnit(unit.path())) {
            throw new AccessDeniedException("Unit " + unit.code() + " is outside the caller's scope");
        }
    }

    /** Whether a unit has agencies seeded as demo data: once it has, its users own them and none is brought back. */
    public boolean hasDemoAgencies(UnitView unit) {
        return agencies.hasDemo(unit.id());
    }

    /**
     * An agency seeded as demo data (marked so in the database; the demo module calls this on the embedded demo
     * database only), unless the unit already has one of that name; true when it was created.
     */
    @Transactional
    public boolean addDemoAgency(UnitView unit, String name, String shortName, AgencyKind kind) {
        if (agencies.findByName(unit.id(), name).isPresent()) {
            return false;
        }
        agencies.insert(unit.id(), name, shortName, kind, true);
        return true;
    }

    /** Records that an agency was carried on by another (merged, renamed) on a day, unless it already was. */
    @Transactional
    public void recordSuccession(AgencyView old, AgencyView successor, Succession how, java.time.LocalDate on) {
        if (old.successorId() == null) {
            agencies.succeed(old.id(), old.version(), successor.id(), how, on);
        }
    }

    @Transactional
    public AgencyView createAgency(ScopedPrincipal caller, UnitView unit, AgencyChange change) {
        requireAdministers(caller, unit.path());
        String name = validName(change.name());
        String shortName = optional(change.shortName(), "shortName");
        if (agencies.findByName(unit.id(), name).isPresent()) {
            throw new InvalidInputException("name", "agency.duplicateName", "An agency with this name already exists");
        }
        AgencyKind kind = change.kind() == null ? AgencyKind.OFFICE : change.kind();
        long id = agencies.insert(unit.id(), name, shortName, kind, false);
        AgencyView created = agencies.find(id).orElseThrow();
        audit.record(AuditRecord.of("AGENCY_CREATED", "agency", id, unit.path()).change(null, describe(created)));
        return created;
    }

    @Transactional
    public AgencyView updateAgency(ScopedPrincipal caller, long id, int version, AgencyChange change) {
        AgencyView before = visibleAgency(caller, id);
        requireAdministers(caller, before.unitPath());
        String name = change.name() == null ? before.name() : validName(change.name());
        String shortName = change.shortName() == null ? before.shortName() : optional(change.shortName(), "shortName");
        AgencyKind kind = change.kind() == null ? before.kind() : change.kind();
        boolean active = change.active() == null ? before.active() : change.active();
        agencies.findByName(before.unitId(), name)
                .filter(other -> other.id() != id)
                .ifPresent(other -> {
                    throw new InvalidInputException(
                            "name", "agency.duplicateName", "An agency with this name already exists");
                });
        if (!agencies.update(id, version, name, shortName, kind, active)) {
            throw new ConflictException("error.conflict", "The agency was changed by someone else meanwhile");
        }
        AgencyView after = agencies.find(id).orElseThrow();
        String action = before.active() && !after.active()
                ? "AGENCY_DEACTIVATED"
                : !before.active() && after.active() ? "AGENCY_REACTIVATED" : "AGENCY_UPDATED";
        audit.record(AuditRecord.of(action, "agency", id, before.unitPath()).change(describe(before), describe(after)));
        return after;
    }

    private static void requireAdministers(ScopedPrincipal caller, String path) {
        if (!caller.administers() || !caller.scope().coversUnit(path)) {
            throw new AccessDeniedException("Not allowed to manage agencies here");
        }
    }

    private static String validName(String raw) {
        String name = VietnameseText.nfc(raw);
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException("name", "validation.required", "The name is required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "validation.tooLong", "The name is too long");
        }
        return name;
    }

    private static String optional(String raw, String field) {
        String value = VietnameseText.nfc(raw);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(field, "validation.tooLong", "Too long");
        }
        return value;
    }

    private static Map<String, Object> describe(AgencyView a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", a.name());
        fields.put("shortName", a.shortName());
        fields.put("kind", a.kind().name());
        fields.put("active", a.active());
        return fields;
    }
}
