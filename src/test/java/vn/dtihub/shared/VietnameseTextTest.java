package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @ParameterizedTest
    @CsvSource({
        "Phường Tĩnh Hải, phuong tinh hai",
        "Tỉnh Thanh Hóa, tinh thanh hoa",
        "Tỉnh Thanh Hoá, tinh thanh hoa",
        "Đặc khu Côn Đảo, dac khu con dao",
        "  Chuyển   đổi số , chuyen doi so",
        "Xã Ia H'Drai, xa ia h'drai"
    })
    void foldingDropsDiacriticsAndMapsDToD(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @Test
    void foldingTreatsComposedAndDecomposedTextAlike() {
        String composed = "Thị xã Nghi Sơn";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed));
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo(composed);
    }

    @Test
    void nfcKeepsNullAndCollapsesSpaces() {
        assertThat(VietnameseText.nfc(null)).isNull();
        assertThat(VietnameseText.nfc("  Phòng   Nội vụ \n")).isEqualTo("Phòng Nội vụ");
    }
}
