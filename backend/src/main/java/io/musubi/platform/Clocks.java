package io.musubi.platform;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock features read "now" from: the system's in production, one a test can move in tests. */
@Factory
class Clocks {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
