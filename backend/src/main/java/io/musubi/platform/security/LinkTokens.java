package io.musubi.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in links sent by mail (password reset, e-mail confirmation, invitations): 256 random bits, URL-safe.
 * Only their SHA-256 is stored, so a copy of the database opens no link.
 */
public final class LinkTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code token} goes into the link, {@code hash} into the database. */
    public record Issued(String token, String hash) {
    }

    private LinkTokens() {
    }

    public static Issued issue() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(token, hash(token));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
