package vn.dtihub.accounts.domain;

import vn.dtihub.shared.NotFoundException;

public class UserNotFoundException extends NotFoundException {

    private UserNotFoundException(Object id) {
        super("error.userNotFound", "No user has the id " + id, String.valueOf(id));
    }

    public static UserNotFoundException forId(Object id) {
        return new UserNotFoundException(id);
    }
}
