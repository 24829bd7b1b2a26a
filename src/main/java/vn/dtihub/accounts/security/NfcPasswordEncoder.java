package vn.dtihub.accounts.security;

import java.text.Normalizer;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords hashed and checked in Unicode NFC: a Vietnamese passphrase typed on a keyboard that composes ("ộ") and on
 * one that does not ("ô" + dot below) is the same password. A hash made before, from the characters as typed, still
 * matches them; {@link #upgrades} says when it should be made again from the NFC form.
 */
final class NfcPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    NfcPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    static String nfc(CharSequence raw) {
        return raw == null ? null : Normalizer.normalize(raw, Normalizer.Form.NFC);
    }

    @Override
    public String encode(CharSequence raw) {
        return delegate.encode(nfc(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String hash) {
        if (delegate.matches(nfc(raw), hash)) {
            return true;
        }
        return !nfc(raw).contentEquals(raw) && delegate.matches(raw, hash);
    }

    /** Whether a password that matched did so only as typed (an older hash): hash it again in NFC. */
    boolean upgrades(CharSequence raw, String hash) {
        return !nfc(raw).contentEquals(raw) && !delegate.matches(nfc(raw), hash);
    }
}
