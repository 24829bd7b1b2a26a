package vn.dtihub.accounts;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.dtihub.accounts.domain.UserRepository;

/**
 * What other modules ask of accounts: who sits at a seat. Managing users is the module's own business
 * ({@link vn.dtihub.accounts.domain.Users}).
 */
@Service
public class Accounts {

    private final UserRepository users;

    Accounts(UserRepository users) {
        this.users = users;
    }

    /**
     * Who to notify at a seat: the active users of an agency, or of a unit itself. For the notifications module,
     * which decides itself who may be told what.
     */
    public List<Recipient> seatedAt(Long agencyId, String unitPath) {
        return users.seatedAt(agencyId, unitPath);
    }

    /** Who runs a unit's reporting: the standing-office users seated at it (told when a form reaches them). */
    public List<Recipient> officesAt(String unitPath) {
        return users.officesAt(unitPath);
    }
}
