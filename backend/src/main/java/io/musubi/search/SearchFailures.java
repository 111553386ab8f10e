package io.musubi.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micronaut.http.HttpStatus;
import io.musubi.platform.error.ApiException;
import java.util.List;

/** What a failed Elasticsearch request means to the API caller. */
public final class SearchFailures {
    private SearchFailures() {
    }

    /** A query Elasticsearch refuses is the caller's 400 (too complex); anything else is a 503. */
    static ApiException of(Exception e) {
        if (e instanceof ElasticsearchException refused && refused.status() == 400) {
            return ApiException.invalid("q", "too_complex", "is too complex to search; use fewer words");
        }
        return unavailable(e);
    }

    /** Elasticsearch is away: a 503 that says the data is safe (writes go on through the outbox). */
    public static ApiException unavailable(Exception e) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "search_unavailable",
                "Search is temporarily unavailable; your data is safe, please try again shortly", List.of());
    }
}
