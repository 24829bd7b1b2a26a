package vn.dtihub.reporting.domain;

import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.shared.InvalidInputException;

/**
 * A period for a year its framework does not apply to (a 2024 period on a framework valid 2021–2023): refused naming
 * both, with what the page needs to offer a clone of the framework for that year.
 */
public class FrameworkYearsException extends InvalidInputException {

    private final long frameworkId;
    private final String years;
    private final int year;

    public FrameworkYearsException(FrameworkSummary framework, int year) {
        super(
                "frameworkId",
                "period.frameworkYears",
                "The framework " + framework.name() + " applies to " + framework.years() + ", not to " + year
                        + ": clone it for " + year);
        this.frameworkId = framework.id();
        this.years = framework.years();
        this.year = year;
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {years, String.valueOf(year)};
    }

    public long frameworkId() {
        return frameworkId;
    }

    public String years() {
        return years;
    }

    public int year() {
        return year;
    }
}
