package vn.dtihub.accounts.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dtihub.shared.InvalidInputException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"elevenchars", "", "123456789012", "Password1234", "MATKHAU123456"})
    void shortOrCommonPasswordsAreRefused(String password) {
        assertThatThrownBy(() -> policy.check(password, "someone", "Phường Hải Bình"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidInputException) e).field())
                        .isEqualTo("password"));
    }

    @Test
    void aPasswordContainingTheUsernameOrTheUnitIsRefused() {
        assertThatThrownBy(() -> policy.check("xx-tinhhai.baocao-xx", "tinhhai.baocao", null))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> policy.check("toi yeu Hai Binh lam", "someone", "Hải Bình"))
                .hasMessageContaining("unit");
    }

    @Test
    void longVietnamesePassphrasesWithoutCompositionRulesAreAccepted() {
        String passphrase = "Sáng nay trời Thanh Hóa trong xanh, cán bộ phường vẫn nhập số liệu đúng hạn lúc 23 giờ 59";
        assertThatCode(() -> policy.check(passphrase, "tinhhai.baocao", "Phường Tĩnh Hải"))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check("correct horse battery staple", "someone", null))
                .doesNotThrowAnyException();
    }
}
