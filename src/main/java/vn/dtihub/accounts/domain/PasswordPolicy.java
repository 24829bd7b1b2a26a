package vn.dtihub.accounts.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.VietnameseText;

/**
 * NIST-style rules (ASVS 5 level 2): length matters, composition rules do not. At least 12 characters, long
 * passphrases with Vietnamese diacritics welcome, refused when common or when it contains the username or the
 * name of the user's unit.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        var resource = new ClassPathResource("accounts/common-passwords.txt");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            common = reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws naming the field {@code password} when the password is not acceptable. */
    public void check(String raw, String username, String unitName) {
        String password = raw == null ? null : java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC);
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("password", "password.tooShort", "At least 12 characters");
        }
        if (password.isBlank()) {
            throw new InvalidInputException("password", "password.blank", "Not only spaces");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new InvalidInputException("password", "password.tooLong", "At most 128 characters");
        }
        String folded = VietnameseText.fold(password).replace(" ", "");
        if (common.contains(password.toLowerCase(java.util.Locale.ROOT)) || common.contains(folded)) {
            throw new InvalidInputException("password", "password.common", "Too common");
        }
        if (username != null
                && !username.isBlank()
                && folded.contains(VietnameseText.fold(username).replace(" ", ""))) {
            throw new InvalidInputException("password", "password.containsUsername", "Contains the username");
        }
        if (unitName != null) {
            String unit = VietnameseText.fold(unitName).replace(" ", "");
            if (unit.length() >= 4 && folded.contains(unit)) {
                throw new InvalidInputException("password", "password.containsUnit", "Contains the unit's name");
            }
        }
    }
}
