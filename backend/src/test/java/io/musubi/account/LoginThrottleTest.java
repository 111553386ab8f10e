package io.musubi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void refusesAfterTheFifthFailureUntilTheOldestLeavesTheWindow() {
        LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("a@x");
            now = now.plusSeconds(60);
        }
        assertThat(throttle.retryAfter("a@x")).isEmpty();
        throttle.failed("a@x");
        assertThat(throttle.retryAfter("a@x")).contains(Duration.ofMinutes(11));
        now = now.plus(Duration.ofMinutes(11));
        assertThat(throttle.retryAfter("a@x")).isEmpty();
    }

    @Test
    void aSuccessClearsTheKeyAndKeysAreIndependent() {
        LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(15), clock);
        throttle.failed("a@x");
        throttle.failed("a@x");
        assertThat(throttle.retryAfter("a@x")).isPresent();
        assertThat(throttle.retryAfter("b@x")).isEmpty();
        throttle.succeeded("a@x");
        assertThat(throttle.retryAfter("a@x")).isEmpty();
    }
}
