package vn.dtihub.frameworks.domain;

import java.time.LocalDate;
import java.util.List;
import vn.dtihub.frameworks.FrameworkStatus;
import vn.dtihub.frameworks.RankTies;
import vn.dtihub.frameworks.Subject;

/** The header of a framework as it is stored. */
public record NewFramework(
        String name,
        String description,
        String decisionNumber,
        LocalDate decisionDate,
        Long issuerUnitId,
        String issuerPath,
        String issuerName,
        List<Subject> subjects,
        Integer yearFrom,
        Integer yearTo,
        FrameworkStatus status,
        boolean sample,
        boolean demo,
        Long familyId,
        Long previousId,
        String versionLabel,
        RankTies rankTies) {}
