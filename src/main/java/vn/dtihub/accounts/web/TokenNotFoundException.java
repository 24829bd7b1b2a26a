package vn.dtihub.accounts.web;

import vn.dtihub.shared.NotFoundException;

/** A token id that is not one of the caller's own tokens (another user's is not disclosed either). */
class TokenNotFoundException extends NotFoundException {

    TokenNotFoundException(long id) {
        super("error.tokenNotFound", "No token has the id " + id, String.valueOf(id));
    }
}
