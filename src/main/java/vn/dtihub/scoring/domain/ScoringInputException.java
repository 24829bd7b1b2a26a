package vn.dtihub.scoring.domain;

/**
 * What the engine refuses, naming the criterion (or view) and, for a value, the unit: a rule with inconsistent
 * parameters, a view on a criterion that is not in the framework, a value of the wrong type. Nothing is scored.
 */
public class ScoringInputException extends RuntimeException {

    private final String criterion;
    private final String unit;

    public ScoringInputException(String criterion, String unit, String message) {
        super((unit == null ? "" : unit + ", ") + (criterion == null ? "" : criterion + ": ") + message);
        this.criterion = criterion;
        this.unit = unit;
    }

    /** The criterion's code (or the view's), or null. */
    public String criterion() {
        return criterion;
    }

    /** The unit whose value is refused, or null for a problem of the framework. */
    public String unit() {
        return unit;
    }
}
