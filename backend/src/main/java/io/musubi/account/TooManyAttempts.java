package io.musubi.account;

import io.micronaut.http.HttpStatus;
import io.musubi.platform.error.ApiException;
import java.time.Duration;
import java.util.List;

/** An attempt refused for a while: 429 with {@code Retry-After} ({@link TooManyAttemptsHandler}). */
public final class TooManyAttempts extends ApiException {
    private final long retryAfterSeconds;

    /** @param what "Too many failed logins for this account", to which the message adds when to try again */
    TooManyAttempts(String what, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests", what + "; try again in "
                + inWords(wholeSeconds(retryAfter)), List.of());
        this.retryAfterSeconds = wholeSeconds(retryAfter);
    }

    /** The value of {@code Retry-After}. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Rounded up, at least one. */
    private static long wholeSeconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    private static String inWords(long seconds) {
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return (seconds + 59) / 60 + " minutes";
    }
}
