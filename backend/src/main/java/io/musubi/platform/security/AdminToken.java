package io.musubi.platform.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The operator's token ({@code MUSUBI_ADMIN_TOKEN}, header {@code X-Admin-Token}) for operations without an account:
 * rebuilding the index, reading health details. Unset means no token is accepted.
 */
@Singleton
public class AdminToken {
    public static final String HEADER = "X-Admin-Token";

    private final byte[] expected;

    AdminToken(@Value("${musubi.admin-token:}") String token) {
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    /** Compared in constant time, so the answer's timing tells nothing about the token. */
    public boolean accepts(String presented) {
        return expected.length > 0 && presented != null
                && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
    }
}
