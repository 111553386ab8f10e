package io.musubi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelveToTwoHundredCharactersCountedAsCodePointsOfTheNfcForm() {
        assertThat(policy.hasAcceptableSize("elevenchars")).isFalse();
        assertThat(policy.hasAcceptableSize("twelve chars")).isTrue();
        assertThat(policy.hasAcceptableSize(PasswordsTest.JAPANESE_PASSPHRASE)).isTrue();
        // eleven emoji are 22 UTF-16 units but eleven characters
        assertThat(policy.hasAcceptableSize("😀".repeat(11))).isFalse();
        assertThat(policy.hasAcceptableSize("😀".repeat(12))).isTrue();
        // eleven kana typed decomposed (が = か + ゛) are 22 code points, but eleven characters
        assertThat(policy.hasAcceptableSize(Normalizer.normalize("が".repeat(11), Normalizer.Form.NFD))).isFalse();
        assertThat(policy.hasAcceptableSize("合".repeat(200))).isTrue();
        assertThat(policy.hasAcceptableSize("合".repeat(201))).isFalse();
    }

    @Test
    void theTenThousandMostCommonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.isCommon("qwerty123456")).isTrue(); // rank 1,850 of zxcvbn's list
        assertThat(policy.isCommon("QWERTY123456")).isTrue();
        assertThat(policy.isCommon("1qaz2wsx3edc")).isTrue();
        assertThat(policy.isCommon("password")).isTrue();
        assertThat(policy.isCommon("correct horse battery")).isFalse();
        assertThat(policy.isCommon(PasswordsTest.JAPANESE_PASSPHRASE)).isFalse();
    }

    @Test
    void aMissingPasswordIsAFieldErrorNotAFailure() {
        assertThat(policy.problems("password", null)).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("password", "required"));
    }

    @Test
    void problemsNameTheFieldWithTheCodesOfSignUp() {
        assertThat(policy.problems("password", "qwerty123456")).extracting(FieldError::code)
                .containsExactly("not_common_password");
        assertThat(policy.problems("password", "password")).extracting(FieldError::code)
                .containsExactly("password_size", "not_common_password");
        assertThat(policy.problems("password", "correct horse battery")).isEmpty();
        assertThatThrownBy(() -> policy.requireAcceptable("short")).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).toError().errors()).extracting(FieldError::field)
                        .containsExactly("password"));
    }
}
