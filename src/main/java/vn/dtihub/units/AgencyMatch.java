package vn.dtihub.units;

import java.time.LocalDate;
import java.util.List;

/**
 * The agencies a name from a document designates on a day: one, several when it is ambiguous, none when unknown.
 * When the name is that of an agency renamed or merged since, {@code former} is that agency and the candidate its
 * successor, with how and from when ("Sở Thông tin và Truyền thông → nay là Sở Khoa học và Công nghệ, từ 1/3/2025").
 */
public record AgencyMatch(List<AgencyView> candidates, AgencyView former, Succession how, LocalDate since) {

    public static AgencyMatch of(List<AgencyView> candidates) {
        return new AgencyMatch(candidates, null, null, null);
    }

    public boolean viaLineage() {
        return former != null;
    }
}
