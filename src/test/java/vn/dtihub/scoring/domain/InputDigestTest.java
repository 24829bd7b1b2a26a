package vn.dtihub.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InputDigestTest {

    private static String of(BigDecimal number, String text, Boolean yes) {
        return new InputDigest().tag('v').add(7L).add(number).add(text).add(yes).hex();
    }

    @Test
    void theSameInputsGiveTheSameDigest() {
        assertThat(of(new BigDecimal("45"), "a", true)).isEqualTo(of(new BigDecimal("45"), "a", true));
        assertThat(of(new BigDecimal("45"), "a", true)).hasSize(64);
    }

    @Test
    void anyChangeOfAFieldChangesIt() {
        String base = of(new BigDecimal("45"), "a", true);
        assertThat(of(new BigDecimal("46"), "a", true)).as("another number").isNotEqualTo(base);
        assertThat(of(new BigDecimal("45.00"), "a", true))
                .as("the same number written with decimals")
                .isNotEqualTo(base);
        assertThat(of(null, "a", true)).as("a missing number").isNotEqualTo(base);
        assertThat(of(new BigDecimal("45"), "b", true)).as("another choice").isNotEqualTo(base);
        assertThat(of(new BigDecimal("45"), "a", false)).as("no instead of yes").isNotEqualTo(base);
        assertThat(of(new BigDecimal("45"), "a", null)).as("yes/no missing").isNotEqualTo(base);
        assertThat(of(new BigDecimal("45"), "", true))
                .as("an empty text")
                .isNotEqualTo(of(new BigDecimal("45"), null, true));
    }

    @Test
    void fieldsDoNotRunIntoEachOther() {
        // "ab" + "c" and "a" + "bc" are the same characters in a row; the lengths keep them apart.
        assertThat(new InputDigest().add("ab").add("c").hex())
                .isNotEqualTo(new InputDigest().add("a").add("bc").hex());
    }

    @Test
    void largeNumbersAndLongRunsOfFieldsAreDigested() {
        InputDigest a = new InputDigest();
        InputDigest b = new InputDigest();
        for (int i = 0; i < 5_000; i++) {
            a.add(new BigDecimal("123456789012345678901234567890." + i));
            b.add(new BigDecimal("123456789012345678901234567890." + i));
        }
        assertThat(a.hex()).isEqualTo(b.hex());
        b = new InputDigest();
        for (int i = 0; i < 5_000; i++) {
            b.add(new BigDecimal("123456789012345678901234567890." + (i == 4_321 ? 1 : i)));
        }
        assertThat(a.hex()).isNotEqualTo(b.hex());
    }
}
