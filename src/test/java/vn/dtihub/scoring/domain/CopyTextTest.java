package vn.dtihub.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts written into COPY's text format: what a unit or view name could hold must not break the row. */
class CopyTextTest {

    private static String text(String value) {
        return ScoreRepository.text(new StringBuilder(), value).toString();
    }

    @Test
    void separatorsAndBackslashesAreEscapedAndMissingIsNull() {
        assertThat(text("Phường Hải Bình")).isEqualTo("Phường Hải Bình");
        assertThat(text("a\tb")).isEqualTo("a\\tb");
        assertThat(text("a\nb\rc")).isEqualTo("a\\nb\\rc");
        assertThat(text("C:\\N")).as("a backslash, even before N").isEqualTo("C:\\\\N");
        assertThat(text(null)).isEqualTo("\\N");
        assertThat(text("")).as("empty is not missing").isEmpty();
    }
}
