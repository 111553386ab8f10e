package io.musubi.account;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt (Spring Security's implementation), cost 10: about 60 ms a check here, slow enough to hurt guessing. */
@Singleton
class Passwords {
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
    /** Compared against when the e-mail is unknown, so both cases take the same time. */
    private final String decoy = encoder.encode("decoy-password-for-unknown-users");

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? decoy : hash);
    }
}
