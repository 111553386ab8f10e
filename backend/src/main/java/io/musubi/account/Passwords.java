package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password hashes. A passphrase is NFC-normalised, hashed with SHA-256 and base64-encoded (44 ASCII bytes, under
 * bcrypt's 72-byte limit, so every character of a long Japanese passphrase counts), then hashed with bcrypt (Spring
 * Security's implementation) and stored as {@value #PREFIX} followed by the bcrypt hash.
 *
 * <p>Cost {@value #COST}, the one nearest 100 ms a hash on the project's 2-core machine: measured there with
 * {@code PasswordCostBenchmark} (its javadoc has the command; median of 9, Java 17) at 125 ms (cost 10: 63 ms,
 * 12: 248 ms, 13: 497 ms). A login costs one hash, so a core checks about eight logins a second. Hashes made before
 * (plain bcrypt of the password as typed, cost 10) and hashes of a lower cost still verify, and say that they should
 * be replaced.
 */
@Singleton
class Passwords {
    static final int COST = 11;
    static final String PREFIX = "$sha256-bcrypt$";
    /** bcrypt reads no further; a longer password in the old format could only match by its first 72 bytes. */
    private static final int BCRYPT_MAX_BYTES = 72;

    /** The outcome of checking a password against a stored hash. */
    enum Check {
        WRONG,
        RIGHT,
        /** Right, and the stored hash is of an old format or a lower cost: store {@link #hash} of it now. */
        RIGHT_NEEDS_REHASH;

        boolean isRight() {
            return this != WRONG;
        }
    }

    private final int cost;
    private final BCryptPasswordEncoder encoder;
    /** Compared against when the e-mail is unknown, so both cases take the same time. */
    private final String decoy;

    @Inject
    Passwords() {
        this(COST);
    }

    Passwords(int cost) {
        this.cost = cost;
        this.encoder = new BCryptPasswordEncoder(cost);
        this.decoy = hash("decoy-password-for-unknown-users");
    }

    String hash(String password) {
        return PREFIX + encoder.encode(preHash(password));
    }

    /** A null hash (no such user) takes as long as a real check and is always wrong. */
    Check check(String password, @Nullable String storedHash) {
        if (storedHash == null) {
            encoder.matches(preHash(password), decoy.substring(PREFIX.length()));
            return Check.WRONG;
        }
        if (storedHash.startsWith(PREFIX)) {
            String bcrypt = storedHash.substring(PREFIX.length());
            if (!encoder.matches(preHash(password), bcrypt)) {
                return Check.WRONG;
            }
            return costOf(bcrypt) < cost ? Check.RIGHT_NEEDS_REHASH : Check.RIGHT;
        }
        // before issue 11: bcrypt of the password as typed, which was refused beyond 72 bytes
        if (storedHash.startsWith("$2") && password.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES) {
            return encoder.matches(password, storedHash) ? Check.RIGHT_NEEDS_REHASH : Check.WRONG;
        }
        encoder.matches(preHash(password), decoy.substring(PREFIX.length()));
        return Check.WRONG;
    }

    /** What bcrypt is given: base64 of the SHA-256 of the NFC form's UTF-8 bytes. */
    static String preHash(String password) {
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFC);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** "$2a$11$..." → 11. */
    private static int costOf(String bcrypt) {
        return Integer.parseInt(bcrypt.substring(4, 6));
    }
}
