package io.musubi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductionSettingsTest {
    private static final String STRONG = "k3J9v0Qm2xZr8LwYt5Ha7cNe1BsUd4Fg6PiVo0Qx";

    @Test
    void aMissingDefaultOrShortSigningSecretIsRefusedNamingTheVariable() {
        assertThat(ProductionSettings.problems("", "", false, false)).singleElement().asString()
                .contains("MUSUBI_JWT_SECRET", "not set");
        assertThat(ProductionSettings.problems(ProductionSettings.DEVELOPMENT_JWT_SECRET, "", false, false))
                .singleElement().asString().contains("MUSUBI_JWT_SECRET", "public development secret");
        assertThat(ProductionSettings.problems("short-secret-of-31-bytes-xxxxxx", "", false, false)).singleElement()
                .asString().contains("MUSUBI_JWT_SECRET", "32 bytes");
        assertThat(ProductionSettings.problems(STRONG, "", false, false)).isEmpty();
    }

    @Test
    void aSecretCountsBytesSoTwelveJapaneseCharactersAreEnough() {
        assertThat(ProductionSettings.problems("結び".repeat(6), "", false, false)).isEmpty(); // 36 bytes
    }

    @Test
    void anAdminTokenIsOptionalButWhenSetItMustBeLong() {
        assertThat(ProductionSettings.problems(STRONG, "dev-admin", false, false)).singleElement().asString()
                .contains("MUSUBI_ADMIN_TOKEN");
        assertThat(ProductionSettings.problems(STRONG, STRONG, false, false)).isEmpty();
    }

    @Test
    void demoDataNeedsAnExplicitOptInInProduction() {
        assertThat(ProductionSettings.problems(STRONG, "", true, false)).singleElement().asString()
                .contains("MUSUBI_DEMO_DATA_I_UNDERSTAND");
        assertThat(ProductionSettings.problems(STRONG, "", true, true)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(ProductionSettings.problems("", "x", true, false)).hasSize(3);
    }
}
