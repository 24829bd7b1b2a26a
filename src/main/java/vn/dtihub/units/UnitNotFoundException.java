package vn.dtihub.units;

import vn.dtihub.shared.NotFoundException;

public class UnitNotFoundException extends NotFoundException {

    private UnitNotFoundException(String code) {
        super("error.unitNotFound", "No administrative unit has the code " + code, code);
    }

    public static UnitNotFoundException forCode(String code) {
        return new UnitNotFoundException(code);
    }
}
