package io.musubi.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings a production start must not have: pure rules over the configured values, so they are tested without
 * starting anything. {@link ProductionSettingsCheck} applies them at start outside the dev and test environments.
 */
public final class ProductionSettings {
    public static final int MIN_SECRET_BYTES = 32;
    /** The secret the run command and the tests sign with; it is public, so it must never sign production tokens. */
    public static final String DEVELOPMENT_JWT_SECRET = "musubi-local-development-secret-not-for-production";

    private ProductionSettings() {
    }

    /** What is wrong, one sentence per problem naming the environment variable to set; empty when safe. */
    public static List<String> problems(String jwtSecret, String adminToken, boolean demoData,
                                        boolean demoDataUnderstood) {
        List<String> problems = new ArrayList<>();
        String secret = jwtSecret == null ? "" : jwtSecret;
        if (secret.isBlank()) {
            problems.add("MUSUBI_JWT_SECRET is not set: set it to at least " + MIN_SECRET_BYTES
                    + " random bytes (e.g. `openssl rand -base64 48`), the same on every instance");
        } else if (secret.equals(DEVELOPMENT_JWT_SECRET)) {
            problems.add("MUSUBI_JWT_SECRET is the public development secret: anyone could sign tokens; set a random "
                    + "one");
        } else if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            problems.add("MUSUBI_JWT_SECRET is shorter than " + MIN_SECRET_BYTES + " bytes");
        }
        String token = adminToken == null ? "" : adminToken;
        if (!token.isEmpty() && token.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            problems.add("MUSUBI_ADMIN_TOKEN is shorter than " + MIN_SECRET_BYTES + " bytes: leave it unset, or set "
                    + "it to a long random value");
        }
        if (demoData && !demoDataUnderstood) {
            problems.add("MUSUBI_DEMO_DATA=true creates accounts whose password is published in the README; in "
                    + "production also set MUSUBI_DEMO_DATA_I_UNDERSTAND=true if that is really meant (a demo site)");
        }
        return problems;
    }
}
