package vn.dtihub.frameworks.domain;

import vn.dtihub.shared.NotFoundException;

public class CriterionNotFoundException extends NotFoundException {

    private CriterionNotFoundException(Object id) {
        super("error.criterionNotFound", "No criterion has the id " + id, String.valueOf(id));
    }

    public static CriterionNotFoundException forId(Object id) {
        return new CriterionNotFoundException(id);
    }
}
