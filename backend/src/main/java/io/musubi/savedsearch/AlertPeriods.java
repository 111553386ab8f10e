package io.musubi.savedsearch;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a saved search waits between runs: a day for DAILY, a week for WEEKLY ({@code musubi.saved-searches.daily}
 * and {@code .weekly}; the browser tests make a day a few seconds).
 */
@Singleton
class AlertPeriods {
    private final Duration daily;
    private final Duration weekly;

    AlertPeriods(@Value("${musubi.saved-searches.daily:1d}") Duration daily,
                 @Value("${musubi.saved-searches.weekly:7d}") Duration weekly) {
        this.daily = daily;
        this.weekly = weekly;
    }

    Instant next(Instant from, SavedSearchViews.Frequency frequency) {
        return from.plus(frequency == SavedSearchViews.Frequency.WEEKLY ? weekly : daily);
    }
}
