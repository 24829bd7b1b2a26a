package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void readsNumbersTheVietnameseAndTheEnglishWay() {
        assertThat(Numbers.parse("99,9", "x")).isEqualByComparingTo("99.9");
        assertThat(Numbers.parse("1.234,5", "x")).isEqualByComparingTo("1234.5");
        assertThat(Numbers.parse("1.234", "x")).as("a thousand and more").isEqualByComparingTo("1234");
        assertThat(Numbers.parse("99.9", "x")).isEqualByComparingTo("99.9");
        assertThatThrownBy(() -> Numbers.parse("mười", "Tử số")).hasMessageContaining("Tử số");
    }

    @Test
    void writesNumbersTheVietnameseWay() {
        assertThat(Numbers.vietnamese(new BigDecimal("1234.56"), 1)).isEqualTo("1.234,6");
        assertThat(Numbers.vietnamese(new BigDecimal("0.53249"), 4)).isEqualTo("0,5325");
        assertThat(Numbers.vietnamese(new BigDecimal("1000000"), 0)).isEqualTo("1.000.000");
        assertThat(Numbers.vietnamese(new BigDecimal("0.12345"), 4))
                .as("half up, as dti.gov.vn publishes, not half to even")
                .isEqualTo("0,1235");
        assertThat(Numbers.vietnamese(new BigDecimal("-0.04"), 1))
                .as("no minus zero")
                .isEqualTo("0,0");
    }

    @Test
    void writesWhatAHalfUpDecimalFormatWouldForAnyNumberButMinusZero() {
        DecimalFormatSymbols vi = new DecimalFormatSymbols(Locale.ROOT);
        vi.setDecimalSeparator(',');
        vi.setGroupingSeparator('.');
        String[] patterns = {"#,##0", "#,##0.0", "#,##0.0000"};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(8));
            int decimals = i % 3 == 2 ? 4 : i % 3;
            DecimalFormat format = new DecimalFormat(patterns[i % 3], vi);
            format.setRoundingMode(java.math.RoundingMode.HALF_UP);
            String expected = format.format(value);
            if (expected.matches("-0(,0+)?")) {
                // A DecimalFormat writes "-0,0" for -0.04; the page writes zero.
                expected = expected.substring(1);
            }
            assertThat(Numbers.vietnamese(value, decimals))
                    .as(value + " with " + decimals)
                    .isEqualTo(expected);
        }
    }
}
