package io.musubi.savedsearch;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.search.ListingSearch;
import io.musubi.search.SearchResults;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A user's saved searches: their own only (another's is 404). Saving runs the search once, so criteria search refuses
 * are refused here with the same 400, and what it finds today counts as seen: the first alert brings only what is new.
 */
@Singleton
class SavedSearches {
    static final int MAX_PER_USER = 20;
    /** Hits an alert looks at, and remembers as seen. */
    static final int WINDOW = 50;

    private final Sql sql;
    private final ListingSearch search;
    private final AlertPeriods periods;
    private final Clock clock;

    SavedSearches(Sql sql, ListingSearch search, AlertPeriods periods, Clock clock) {
        this.sql = sql;
        this.search = search;
        this.periods = periods;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<SavedSearchViews.Item> of(UUID userId) {
        return sql.list("""
                SELECT id, name, query, frequency, created_at, last_run_at FROM saved_search WHERE user_id = ?
                ORDER BY created_at""", r -> new SavedSearchViews.Item(r.getObject(1, UUID.class), r.getString(2),
                r.getString(3), SavedSearchViews.Frequency.valueOf(r.getString(4)), Sql.instant(r, "created_at"),
                Sql.instant(r, "last_run_at")), userId);
    }

    @Transactional
    SavedSearchViews.Item create(UUID userId, SavedSearchViews.Create request) {
        if (sql.count("SELECT COUNT(*) FROM saved_search WHERE user_id = ?", userId) >= MAX_PER_USER) {
            throw new ApiException(HttpStatus.CONFLICT, "limit", "At most " + MAX_PER_USER + " saved searches",
                    List.of());
        }
        String query = request.query().strip().replaceFirst("^\\?", "");
        SearchResults today = search.search(SearchQueries.parse(query, WINDOW));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        sql.update("""
                INSERT INTO saved_search (id, user_id, name, query, frequency, created_at, next_run_at, seen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", id, userId, request.name().strip(), query, request.frequency(), now,
                periods.next(now, request.frequency()), new Sql.TextArray(today.items().stream()
                        .map(SearchResults.Hit::id).toList()));
        return new SavedSearchViews.Item(id, request.name().strip(), query, request.frequency(), now, null);
    }

    @Transactional
    void delete(UUID userId, UUID id) {
        if (sql.update("DELETE FROM saved_search WHERE id = ? AND user_id = ?", id, userId) == 0) {
            throw ApiException.notFound("Saved search " + id);
        }
    }
}
