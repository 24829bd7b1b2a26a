package vn.dtihub.frameworks;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user sets on a framework itself: name, the decision that issued it, what it scores, its years, and when units
 * tie in its rankings (null: at full precision).
 */
public record FrameworkHeader(
        String name,
        String description,
        String decisionNumber,
        LocalDate decisionDate,
        List<Subject> subjects,
        Integer yearFrom,
        Integer yearTo,
        String versionLabel,
        RankTies rankTies) {

    public FrameworkHeader(
            String name,
            String description,
            String decisionNumber,
            LocalDate decisionDate,
            List<Subject> subjects,
            Integer yearFrom,
            Integer yearTo,
            String versionLabel) {
        this(name, description, decisionNumber, decisionDate, subjects, yearFrom, yearTo, versionLabel, null);
    }
}
