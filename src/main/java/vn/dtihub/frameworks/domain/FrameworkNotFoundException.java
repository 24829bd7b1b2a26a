package vn.dtihub.frameworks.domain;

import vn.dtihub.shared.NotFoundException;

public class FrameworkNotFoundException extends NotFoundException {

    private FrameworkNotFoundException(Object id) {
        super("error.frameworkNotFound", "No framework has the id " + id, String.valueOf(id));
    }

    public static FrameworkNotFoundException forId(Object id) {
        return new FrameworkNotFoundException(id);
    }
}
