package io.musubi.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * At most {@link ThrottleSettings#signUpsPerAddress()} sign-ups from one client address per
 * {@link ThrottleSettings#signUpWindow()} (10 an hour), counted in PostgreSQL for every instance. Every attempt that
 * reaches the service counts, refused ones too (409 tells whether an e-mail is registered).
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
    void admit(String client) {
        Optional<Duration> wait = windows.admit("signup:" + client, settings.signUpsPerAddress(),
                settings.signUpWindow(), clock.instant());
        if (wait.isPresent()) {
            throw new TooManyAttempts("Too many sign-ups from your network", wait.get());
        }
    }
}
