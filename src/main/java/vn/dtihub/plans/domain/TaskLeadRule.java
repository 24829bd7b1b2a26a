package vn.dtihub.plans.domain;

import java.util.List;
import vn.dtihub.plans.PartyPhrases;
import vn.dtihub.plans.domain.TaskRepository.TaskRow;
import vn.dtihub.units.AgencyKind;
import vn.dtihub.units.Level;

/**
 * Who leads a task: the one agency or unit set as its lead, each agency its lead cell names, and each agency or unit
 * a collective phrase of that cell designates ({@link PartyPhrases}) under the plan's issuer. An agency also leads
 * what the agencies renamed or merged into it led. One rule for the lists, the reminders and the right to report.
 * Pure logic.
 */
public final class TaskLeadRule {

    /**
     * An agency (the ids it carries on, itself first; its kind; its unit's level and path) or a unit's people's
     * committee (no ids; the unit's level and path).
     */
    public record Party(List<Long> agencyIds, AgencyKind kind, Level level, String path) {
        boolean agency() {
            return !agencyIds.isEmpty();
        }
    }

    private TaskLeadRule() {}

    public static boolean leads(TaskRow t, String issuerPath, Party who) {
        if (who.agency()) {
            if (t.leadAgencyId() != null && who.agencyIds().contains(t.leadAgencyId())) {
                return true;
            }
            if (t.leadAgencies().stream().anyMatch(who.agencyIds()::contains)) {
                return true;
            }
            return who.path().startsWith(issuerPath)
                    && t.leadGroups().stream().anyMatch(g -> PartyPhrases.coversAgency(g, who.kind(), who.level()));
        }
        if (t.leadAgencyId() == null && t.leadUnitId() != null && who.path().equals(t.leadPath())) {
            return true;
        }
        return who.path().startsWith(issuerPath)
                && !who.path().equals(issuerPath)
                && t.leadGroups().stream().anyMatch(g -> PartyPhrases.coversUnit(g, who.level()));
    }
}
