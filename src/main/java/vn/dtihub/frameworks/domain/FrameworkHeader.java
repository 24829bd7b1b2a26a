package vn.dtihub.frameworks.domain;

import java.time.LocalDate;
import java.util.List;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.RankTies;
import vn.dtihub.frameworks.Subject;

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

    /** A framework's header as it stands, to change one setting of it. */
    public static FrameworkHeader of(FrameworkSummary f) {
        return new FrameworkHeader(
                f.name(),
                f.description(),
                f.decisionNumber(),
                f.decisionDate(),
                f.subjects(),
                f.yearFrom(),
                f.yearTo(),
                f.versionLabel(),
                f.rankTies());
    }

    public FrameworkHeader withRankTies(RankTies ties) {
        return new FrameworkHeader(
                name, description, decisionNumber, decisionDate, subjects, yearFrom, yearTo, versionLabel, ties);
    }
}
