package io.musubi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordsTest {
    /** 25 characters, 75 bytes of UTF-8: beyond what plain bcrypt reads. */
    static final String JAPANESE_PASSPHRASE = "春はあけぼのやうやう白くなりゆく山ぎは少しあかりて";

    private final Passwords passwords = new Passwords();

    @Test
    void aTwentyFiveCharacterJapanesePassphraseHashesAndVerifies() {
        assertThat(JAPANESE_PASSPHRASE.codePointCount(0, JAPANESE_PASSPHRASE.length())).isEqualTo(25);
        assertThat(JAPANESE_PASSPHRASE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        String hash = passwords.hash(JAPANESE_PASSPHRASE);
        assertThat(passwords.check(JAPANESE_PASSPHRASE, hash)).isEqualTo(Passwords.Check.RIGHT);
        assertThat(passwords.check(JAPANESE_PASSPHRASE.substring(1), hash)).isEqualTo(Passwords.Check.WRONG);
    }

    @Test
    void twoHundredCharactersOfCjkAndEmojiHashAndVerify() {
        String password = "漢字汉字한글😀🎌".repeat(25); // 8 characters a round; emoji are two UTF-16 units each
        assertThat(password.codePointCount(0, password.length())).isEqualTo(200);
        String hash = passwords.hash(password);
        assertThat(passwords.check(password, hash)).isEqualTo(Passwords.Check.RIGHT);
    }

    @Test
    void passwordsThatDifferOnlyAfterTheSeventySecondByteDoNotMatch() {
        String prefix = "x".repeat(72);
        String first = prefix + "first";
        String second = prefix + "second";
        assertThat(passwords.check(second, passwords.hash(first))).isEqualTo(Passwords.Check.WRONG);
        String japanese = JAPANESE_PASSPHRASE + "春";
        assertThat(passwords.check(JAPANESE_PASSPHRASE + "夏", passwords.hash(japanese)))
                .isEqualTo(Passwords.Check.WRONG);
    }

    @Test
    void anOldPlainBcryptHashVerifiesAndAsksToBeReplaced() {
        String old = new BCryptPasswordEncoder(10).encode("an old password from 2025");
        assertThat(passwords.check("an old password from 2025", old)).isEqualTo(Passwords.Check.RIGHT_NEEDS_REHASH);
        assertThat(passwords.check("an old password from 2024", old)).isEqualTo(Passwords.Check.WRONG);
    }

    @Test
    void anOldHashNeverMatchesByItsFirstSeventyTwoBytesAlone() {
        String prefix = "y".repeat(72);
        // what bcrypt libraries that truncate would have stored for a longer password
        String old = new BCryptPasswordEncoder(10).encode(prefix);
        assertThat(passwords.check(prefix + "anything", old)).isEqualTo(Passwords.Check.WRONG);
    }

    @Test
    void newHashesAreMarkedAsSuchAndAHashOfALowerCostAsksToBeReplaced() {
        String hash = passwords.hash("correct horse battery");
        assertThat(hash).startsWith(Passwords.PREFIX + "$2a$" + Passwords.COST + "$")
                .doesNotContain("correct horse battery");
        String cheaper = new Passwords(Passwords.COST - 1).hash("correct horse battery");
        assertThat(passwords.check("correct horse battery", cheaper)).isEqualTo(Passwords.Check.RIGHT_NEEDS_REHASH);
    }

    @Test
    void nfcAndNfdFormsOfThePassphraseMatch() {
        String nfc = Normalizer.normalize("がぎぐげご ぱぴぷぺぽ Café", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(passwords.check(nfd, passwords.hash(nfc))).isEqualTo(Passwords.Check.RIGHT);
        assertThat(passwords.check(nfc, passwords.hash(nfd))).isEqualTo(Passwords.Check.RIGHT);
    }

    @Test
    void anUnknownUserIsAlwaysWrong() {
        assertThat(passwords.check("decoy-password-for-unknown-users", null)).isEqualTo(Passwords.Check.WRONG);
        assertThat(passwords.check("whatever", "not a hash")).isEqualTo(Passwords.Check.WRONG);
    }
}
