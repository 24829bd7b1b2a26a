package vn.dtihub.plans.domain;

import vn.dtihub.shared.NotFoundException;

public class PlanNotFoundException extends NotFoundException {

    private PlanNotFoundException(String key, Object id) {
        super(key, "Not found: " + id, String.valueOf(id));
    }

    public static PlanNotFoundException forId(Object id) {
        return new PlanNotFoundException("error.planNotFound", id);
    }

    public static PlanNotFoundException targetForId(Object id) {
        return new PlanNotFoundException("error.targetNotFound", id);
    }

    public static PlanNotFoundException sectionForId(Object id) {
        return new PlanNotFoundException("error.sectionNotFound", id);
    }

    public static PlanNotFoundException taskForId(Object id) {
        return new PlanNotFoundException("error.taskNotFound", id);
    }
}
