package vn.dtihub.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathsControlCharactersAndBidiOverridesAreRemoved() {
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.safe("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
        assertThat(FileNames.safe("a\u0000.pdf")).isEqualTo("a.pdf");
        assertThat(FileNames.safe("bien\r\nban.pdf")).isEqualTo("bienban.pdf");
        assertThat(FileNames.safe("hoa-don\u202Efdp.exe")).isEqualTo("hoa-donfdp.exe");
        assertThat(FileNames.safe("<script>.pdf")).isEqualTo("_script_.pdf");
        assertThat(FileNames.safe("   ")).isEqualTo("tep");
    }

    @Test
    void longNamesKeepTheirExtensionAndVietnameseIsComposed() {
        String longName = "a".repeat(300) + ".docx";
        assertThat(FileNames.safe(longName)).hasSize(150).endsWith(".docx");
        String nfd = Normalizer.normalize("Biên bản họp.pdf", Normalizer.Form.NFD);
        assertThat(FileNames.safe(nfd)).isEqualTo("Biên bản họp.pdf");
        assertThat(FileNames.extension("Báo cáo.PDF")).isEqualTo("pdf");
    }
}
