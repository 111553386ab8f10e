package io.musubi.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminBootstrapTest {
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theFirstAdminsPasswordFollowsTheSignUpRulesAndTheLogSaysWhichVariableIsWrong() {
        assertThat(AdminBootstrap.refusal(policy, "short")).hasValueSatisfying(message -> assertThat(message)
                .startsWith("MUSUBI_ADMIN_PASSWORD must be 12 to 200 characters")
                .endsWith("no admin account was created"));
        assertThat(AdminBootstrap.refusal(policy, "Qwerty123456")).hasValueSatisfying(message -> assertThat(message)
                .contains("MUSUBI_ADMIN_PASSWORD is one of the 10,000 most common passwords"));
        assertThat(AdminBootstrap.refusal(policy, "")).isPresent();
        assertThat(AdminBootstrap.refusal(policy, PasswordsTest.JAPANESE_PASSPHRASE)).isEmpty();
    }
}
