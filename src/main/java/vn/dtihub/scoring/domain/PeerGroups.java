package vn.dtihub.scoring.domain;

import java.util.List;
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
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * Peer groups a standing office defines over its own subtree (its mountain communes, its coastal wards), so that a
 * ranking can be read among units that are alike in a way the kind of unit does not say. A group is seen by the
 * offices whose scope covers its owner and by the units under it.
 */
@Service
public class PeerGroups {

    private final PeerGroupRepository repository;
    private final Units units;
    private final AuditTrail audit;

    PeerGroups(PeerGroupRepository repository, Units units, AuditTrail audit) {
        this.repository = repository;
        this.units = units;
        this.audit = audit;
    }

    public List<PeerGroup> visible(ScopedPrincipal caller) {
        return repository.all().stream().filter(g -> sees(caller, g)).toList();
    }

    public PeerGroup get(ScopedPrincipal caller, long id) {
        return repository.find(id).filter(g -> sees(caller, g)).orElseThrow(() -> new ScoreNotFoundException(0, id));
    }

    @Transactional
    public PeerGroup define(ScopedPrincipal caller, String name, List<Long> unitIds) {
        if (!caller.administers() || caller.seatPath() == null) {
            throw new AccessDeniedException("A unit's standing office defines its peer groups");
        }
        String text = VietnameseText.nfcText(name);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("name", "validation.required", "The name is required");
        }
        if (text.length() > 200) {
            throw new InvalidInputException("name", "validation.tooLong", "The name is too long");
        }
        Set<Long> ids = unitIds == null ? Set.of() : Set.copyOf(unitIds);
        if (ids.size() < 2) {
            throw new InvalidInputException("unitIds", "peerGroup.tooFew", "A peer group has at least two units");
        }
        List<UnitView> found = units.byIds(ids);
        for (UnitView u : found) {
            if (!u.path().startsWith(caller.seatPath()) || !caller.scope().coversUnit(u.path())) {
                throw new InvalidInputException(
                        "unitIds", "peerGroup.outside", "Unit " + u.id() + " is not under the office's unit");
            }
        }
        if (found.size() != ids.size()) {
            throw new InvalidInputException("unitIds", "peerGroup.outside", "Unknown unit in " + ids);
        }
        long id = repository
                .insert(caller.seatPath(), text, caller.username(), List.copyOf(ids))
                .orElseThrow(() -> new ConflictException("peerGroup.exists", "A peer group of that name exists"));
        audit.record(AuditRecord.of("PEER_GROUP_DEFINED", "peer_group", id, caller.seatPath())
                .withDetail(text + ": " + ids.size() + " units"));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public void delete(ScopedPrincipal caller, long id) {
        PeerGroup group = get(caller, id);
        if (!caller.administers() || !caller.scope().coversUnit(group.ownerPath())) {
            throw new AccessDeniedException("Only the office that owns the group deletes it");
        }
        repository.delete(id);
        audit.record(AuditRecord.of("PEER_GROUP_DELETED", "peer_group", id, group.ownerPath())
                .withDetail(group.name()));
    }

    private static boolean sees(ScopedPrincipal caller, PeerGroup g) {
        return caller.scope().reads(g.ownerPath(), caller.seatPath());
    }
}
