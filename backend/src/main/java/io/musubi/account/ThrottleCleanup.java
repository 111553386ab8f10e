package io.musubi.account;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired throttle rows. Expired rows already count as absent, so this only keeps the tables small; every
 * instance may run it at the same time (each deletes what is expired, none waits for long).
 */
@Singleton
class ThrottleCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(ThrottleCleanup.class);

    private final LoginDelays delays;
    private final AttemptWindows windows;
    private final Clock clock;

    ThrottleCleanup(LoginDelays delays, AttemptWindows windows, Clock clock) {
        this.delays = delays;
        this.windows = windows;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${musubi.login.cleanup-interval:10m}", initialDelay = "1m")
    void deleteExpired() {
        Instant now = clock.instant();
        int deleted = delays.deleteExpired(now) + windows.deleteExpired(now);
        if (deleted > 0) {
            LOG.debug("Deleted {} expired login and sign-up counters", deleted);
        }
    }
}
