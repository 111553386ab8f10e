package io.musubi.savedsearch;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.notification.Notice;
import io.musubi.notification.NotificationType;
import io.musubi.notification.Notifications;
import io.musubi.platform.Batches;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.search.RecentHits;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the saved searches that are due (a day or a week after their last run) and tells each owner how many hits it
 * has not shown before (SAVED_SEARCH, by default in the daily digest: never a mail per match). A run copies the records
 * changed since the earliest due search's last run ({@link RecentHits}; an hour earlier, for changes still on their
 * way to the index — the seen ids keep them from counting twice); then each batch of due rows is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, searched in one request over the copy, each for what changed since its own last run,
 * and moved to its next run in the notices' transaction, so instances share the work and a restart catches up.
 */
@Singleton
class SavedSearchAlerts {
    static final int BATCH = 200;
    static final int SEEN_KEPT = 500;
    /** How far before its last run a search looks again: changes still on their way to the index then. */
    static final Duration OVERLAP = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(SavedSearchAlerts.class);

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final RecentHits recentHits;
    private final Notifications notifications;
    private final AlertPeriods periods;
    private final Clock clock;

    SavedSearchAlerts(Sql sql, TransactionOperations<Connection> transactions, RecentHits recentHits,
                      Notifications notifications, AlertPeriods periods, Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.recentHits = recentHits;
        this.notifications = notifications;
        this.periods = periods;
        this.clock = clock;
    }

    private record Due(UUID id, UUID userId, String name, String query, SavedSearchViews.Frequency frequency,
                       Instant lastRun, List<String> seen) {
    }

    @Scheduled(fixedDelay = "${musubi.saved-searches.interval:15m}",
            initialDelay = "${musubi.saved-searches.initial-delay:3m}")
    void run() {
        runDue();
    }

    /** Runs every saved search that is due; answers how many ran. */
    int runDue() {
        Instant now = clock.instant();
        Optional<Instant> earliest = sql.one("""
                SELECT MIN(COALESCE(last_run_at, created_at)) AS earliest FROM saved_search WHERE next_run_at <= ?
                HAVING COUNT(*) > 0""", r -> Sql.instant(r, "earliest"), now);
        if (earliest.isEmpty()) {
            return 0;
        }
        try (RecentHits.Recent recent = recentHits.copy(earliest.get().minus(OVERLAP))) {
            return Batches.untilShort(transactions, BATCH, status -> batch(recent));
        }
    }

    private int batch(RecentHits.Recent recent) {
        Instant now = clock.instant();
        List<Due> due = sql.list("""
                SELECT id, user_id, name, query, frequency, COALESCE(last_run_at, created_at) AS last_run, seen
                FROM saved_search WHERE next_run_at <= ? ORDER BY next_run_at LIMIT ? FOR UPDATE SKIP LOCKED""",
                r -> new Due(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3),
                        r.getString(4), SavedSearchViews.Frequency.valueOf(r.getString(5)),
                        Sql.instant(r, "last_run"), Sql.texts(r, "seen")), now, BATCH);
        List<List<String>> hits = search(recent, due);
        List<Object[]> moved = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            moved.add(alert(due.get(i), hits.get(i), now));
        }
        sql.batch("UPDATE saved_search SET last_run_at = ?, next_run_at = ?, seen = ? WHERE id = ?", moved);
        return due.size();
    }

    /** Each due search's newest hits changed since its last run (empty for one whose query no longer parses). */
    private List<List<String>> search(RecentHits.Recent recent, List<Due> due) {
        List<RecentHits.Ask> asks = new ArrayList<>();
        List<Integer> parsed = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            try {
                asks.add(new RecentHits.Ask(SearchQueries.parse(due.get(i).query(), SavedSearches.WINDOW),
                        due.get(i).lastRun().minus(OVERLAP)));
                parsed.add(i);
            } catch (ApiException e) {
                LOG.warn("Saved search {} can no longer run: {}", due.get(i).id(), e.getMessage());
            }
        }
        List<List<String>> found = asks.isEmpty() ? List.of() : recentHits.find(recent, asks);
        List<List<String>> hits = new ArrayList<>(Collections.nCopies(due.size(), List.<String>of()));
        for (int i = 0; i < parsed.size(); i++) {
            hits.set(parsed.get(i), found.get(i));
        }
        return hits;
    }

    /** Tells the owner of what is new; answers the search's row moved to its next run. */
    private Object[] alert(Due due, List<String> hits, Instant now) {
        Set<String> seen = Set.copyOf(due.seen());
        List<String> fresh = hits.stream().filter(id -> !seen.contains(id)).toList();
        Set<String> kept = new LinkedHashSet<>(fresh);
        kept.addAll(due.seen());
        if (!fresh.isEmpty()) {
            notifications.toUsers(List.of(due.userId()), Notice.of(NotificationType.SAVED_SEARCH,
                    "saved-search:" + due.id() + ":" + now.toEpochMilli(), "/?" + due.query(), due.name(),
                    fresh.size()));
        }
        return new Object[] {now, periods.next(now, due.frequency()), new Sql.TextArray(new ArrayList<>(kept)
                .subList(0, Math.min(SEEN_KEPT, kept.size()))), due.id()};
    }
}
