package vn.dtihub.units;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The two structures of Vietnam's administrative units, with the dates they were in force. */
public enum Structure {
    PRE2025("pre2025", LocalDate.of(1900, 1, 1), LocalDate.of(2025, 6, 30)),
    CURRENT("current", LocalDate.of(2025, 7, 1), null);

    private final String code;
    private final LocalDate validFrom;
    private final LocalDate validTo;

    Structure(String code, LocalDate validFrom, LocalDate validTo) {
        this.code = code;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public String code() {
        return code;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    /** The structure in force on a date: before 1 July 2025 the three-level one. */
    public static Structure asOf(LocalDate date) {
        return date.isBefore(CURRENT.validFrom) ? PRE2025 : CURRENT;
    }

    public static Optional<Structure> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(s -> s.code.equalsIgnoreCase(code) || s.name().equalsIgnoreCase(code))
                .findFirst();
    }
}
