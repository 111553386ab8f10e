package io.musubi.savedsearch;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.notification.Notice;
import io.musubi.notification.NotificationType;
import io.musubi.notification.Notifications;
import io.musubi.platform.Batches;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.search.ListingSearch;
import io.musubi.search.SearchResults;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the saved searches that are due (a day or a week after their last run) and tells each owner how many hits it
 * has not shown before (SAVED_SEARCH, by default in the daily digest: never a mail per match). Due rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED} and moved to their next run in the notice's transaction, so instances share the
 * work and a restart catches up.
 */
@Singleton
class SavedSearchAlerts {
    static final int BATCH = 50;
    static final int SEEN_KEPT = 500;
    private static final Logger LOG = LoggerFactory.getLogger(SavedSearchAlerts.class);

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final ListingSearch search;
    private final Notifications notifications;
    private final Clock clock;

    SavedSearchAlerts(Sql sql, TransactionOperations<Connection> transactions, ListingSearch search,
                      Notifications notifications, Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.search = search;
        this.notifications = notifications;
        this.clock = clock;
    }

    static Instant next(Instant from, SavedSearchViews.Frequency frequency) {
        return from.plus(frequency == SavedSearchViews.Frequency.WEEKLY ? Duration.ofDays(7) : Duration.ofDays(1));
    }

    private record Due(UUID id, UUID userId, String name, String query, SavedSearchViews.Frequency frequency,
                       List<String> seen) {
    }

    @Scheduled(fixedDelay = "${musubi.saved-searches.interval:15m}", initialDelay = "3m")
    void run() {
        runDue();
    }

    /** Runs every saved search that is due; answers how many ran. */
    int runDue() {
        return Batches.untilShort(transactions, BATCH, status -> {
            Instant now = clock.instant();
            List<Due> due = sql.list("""
                    SELECT id, user_id, name, query, frequency, seen FROM saved_search WHERE next_run_at <= ?
                    ORDER BY next_run_at LIMIT ? FOR UPDATE SKIP LOCKED""", r -> new Due(r.getObject(1, UUID.class),
                    r.getObject(2, UUID.class), r.getString(3), r.getString(4),
                    SavedSearchViews.Frequency.valueOf(r.getString(5)), Sql.texts(r, "seen")), now, BATCH);
            due.forEach(d -> runOne(d, now));
            return due.size();
        });
    }

    private void runOne(Due due, Instant now) {
        List<String> hits;
        try {
            hits = search.search(SearchQueries.parse(due.query(), SavedSearches.WINDOW)).items().stream()
                    .map(SearchResults.Hit::id).toList();
        } catch (ApiException e) {
            LOG.warn("Saved search {} can no longer run: {}", due.id(), e.getMessage());
            hits = List.of();
        }
        Set<String> seen = Set.copyOf(due.seen());
        List<String> fresh = hits.stream().filter(id -> !seen.contains(id)).toList();
        Set<String> kept = new LinkedHashSet<>(fresh);
        kept.addAll(due.seen());
        sql.update("UPDATE saved_search SET last_run_at = ?, next_run_at = ?, seen = ? WHERE id = ?", now,
                next(now, due.frequency()), new Sql.TextArray(new ArrayList<>(kept).subList(0, Math.min(SEEN_KEPT,
                        kept.size()))), due.id());
        if (!fresh.isEmpty()) {
            notifications.toUsers(List.of(due.userId()), Notice.of(NotificationType.SAVED_SEARCH,
                    "saved-search:" + due.id() + ":" + now.toEpochMilli(), "/?" + due.query(), due.name(),
                    fresh.size()));
        }
    }
}
