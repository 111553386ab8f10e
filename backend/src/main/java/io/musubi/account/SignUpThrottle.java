package io.musubi.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * At most {@link ThrottleSettings#signUpsPerAddress()} sign-ups from one client address and
 * {@link ThrottleSettings#signUpsPerEmail()} for one e-mail per {@link ThrottleSettings#signUpWindow()} (10 and 3 an
 * hour), counted in PostgreSQL for every instance. Every attempt counts, for free and registered addresses alike (a
 * registered one gets a warning mail, so this also keeps anyone from filling a mailbox).
 */
@Singleton
class SignUpThrottle {
    private final AttemptWindows windows;
    private final ThrottleSettings settings;
    private final Clock clock;

    SignUpThrottle(AttemptWindows windows, ThrottleSettings settings, Clock clock) {
        this.windows = windows;
        this.settings = settings;
        this.clock = clock;
    }

    /** Throws {@link TooManyAttempts} when this address has used up its sign-ups for now. */
    void admit(String client, String email) {
        java.time.Instant now = clock.instant();
        Optional<Duration> wait = windows.admit("signup:" + client, settings.signUpsPerAddress(),
                settings.signUpWindow(), now).or(() -> windows.admit("signup-email:"
                + email.strip().toLowerCase(java.util.Locale.ROOT), settings.signUpsPerEmail(),
                settings.signUpWindow(), now));
        if (wait.isPresent()) {
            throw new TooManyAttempts("Too many sign-ups from your network", wait.get());
        }
    }
}
