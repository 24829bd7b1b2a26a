package vn.dtihub.frameworks;

import java.time.LocalDate;
import java.util.List;

/** What a user sets on a framework itself: name, the decision that issued it, what it scores, its years. */
public record FrameworkHeader(
        String name,
        String description,
        String decisionNumber,
        LocalDate decisionDate,
        List<Subject> subjects,
        Integer yearFrom,
        Integer yearTo,
        String versionLabel) {}
