package io.musubi.platform.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Links that act without a login (one-click unsubscribe, survey answers): the payload they carry and an HMAC-SHA256
 * over it, keyed per purpose from the app's signing secret, so a link made for one purpose is worthless for another
 * and a changed payload fails. Unlike {@link LinkTokens} nothing is stored: the link proves itself.
 */
@Singleton
public class SignedLinks {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;

    SignedLinks(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A token carrying {@code payload} for {@code purpose}: URL-safe, no padding. */
    public String sign(String purpose, String payload) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(data) + "." + ENCODER.encodeToString(mac(purpose, data));
    }

    /** The payload of a token signed for {@code purpose}; empty for anything else (tampered, foreign, malformed). */
    public Optional<String> verify(String purpose, String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] data = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            return MessageDigest.isEqual(signature, mac(purpose, data))
                    ? Optional.of(new String(data, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(String purpose, byte[] data) {
        try {
            Mac outer = Mac.getInstance("HmacSHA256");
            outer.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] purposeKey = outer.doFinal(("musubi signed link: " + purpose).getBytes(StandardCharsets.UTF_8));
            Mac inner = Mac.getInstance("HmacSHA256");
            inner.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
            return inner.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
