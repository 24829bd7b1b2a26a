package vn.dtihub.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of Vietnamese text: NFC for storage, and a diacritic-free fold for search. */
public final class VietnameseText {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The product's first language: where no reader's language applies (documents, exports), text is in it. */
    public static final Locale LOCALE = Locale.forLanguageTag("vi");

    private VietnameseText() {}

    /** Text as stored: NFC, trimmed, inner whitespace collapsed; null stays null. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }

    /** Multi-line text as stored (a section's body, a note): NFC, trimmed, line breaks kept. */
    public static String nfcText(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .strip();
    }

    /**
     * The search key: lower case, without tone marks or other diacritics, with đ mapped to d (it does not
     * decompose), so that "thanh hoa" matches "Thanh Hóa" and "Thanh Hoá" alike.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING.matcher(decomposed).replaceAll("");
        stripped = stripped.replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
