package vn.dtihub.plans;

import java.util.List;

/**
 * A task led by several: the lead cell as written ("Các sở, ban, ngành cấp tỉnh; UBND cấp huyện"), the agencies it
 * names and the collective phrases it uses. Each of them leads; the written cell is what documents print.
 */
public record TaskLeads(String written, List<Long> agencyIds, List<PartyPhrases.Group> groups) {

    public TaskLeads {
        agencyIds = agencyIds == null ? List.of() : List.copyOf(agencyIds);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
