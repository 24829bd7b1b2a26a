package vn.dtihub.units.domain;

import vn.dtihub.shared.NotFoundException;

public class AgencyNotFoundException extends NotFoundException {

    private AgencyNotFoundException(Object id) {
        super("error.agencyNotFound", "No agency has the id " + id, String.valueOf(id));
    }

    public static AgencyNotFoundException forId(Object id) {
        return new AgencyNotFoundException(id);
    }
}
