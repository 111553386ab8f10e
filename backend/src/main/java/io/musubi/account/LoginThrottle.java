package io.musubi.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a login may be tried, shared by every instance through PostgreSQL. Per account a growing delay instead of a
 * lock: after the n-th consecutive failure the next attempt waits 2^(n-1) seconds, at most
 * {@link ThrottleSettings#maxDelay()} (15 minutes: reached after 11 failures, so an attacker gets at most about 100
 * guesses a day at one account, and its owner, who knows the password, waits at most that long once). Per client
 * address at most {@link ThrottleSettings#failuresPerAddress()} failures in {@link ThrottleSettings#failureWindow()}
 * (20 in 15 minutes), against one address trying many accounts. Every attempt counts as a failure until it
 * {@link #succeeded}.
 */
@Singleton
class LoginThrottle {
    private final LoginDelays delays;
    private final AttemptWindows windows;
    private final ThrottleSettings settings;
    private final Clock clock;

    LoginThrottle(LoginDelays delays, AttemptWindows windows, ThrottleSettings settings, Clock clock) {
        this.delays = delays;
        this.windows = windows;
        this.settings = settings;
        this.clock = clock;
    }

    /** Call before the password is checked; throws {@link TooManyAttempts} when this attempt must wait. */
    void admit(String email, String client) {
        Instant now = clock.instant();
        Optional<Duration> clientWait = windows.admit(bucket(client), settings.failuresPerAddress(),
                settings.failureWindow(), now);
        if (clientWait.isPresent()) {
            throw new TooManyAttempts("Too many failed logins from your network", clientWait.get());
        }
        Optional<Duration> accountWait = delays.admit(email, now, settings.maxDelay(),
                settings.forgetFailuresAfter());
        if (accountWait.isPresent()) {
            throw new TooManyAttempts("Too many failed logins for this account", accountWait.get());
        }
    }

    /** The right password: the account starts afresh, and the attempt no longer counts against the address. */
    void succeeded(String email, String client) {
        delays.reset(email);
        windows.giveBack(bucket(client), clock.instant());
    }

    private static String bucket(String client) {
        return "login:" + client;
    }
}
