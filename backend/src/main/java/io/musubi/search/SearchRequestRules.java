package io.musubi.search;

import io.musubi.platform.error.ApiException;
import java.util.List;

/** The checks a search request passes before it reaches Elasticsearch; a failure is the caller's 400. */
final class SearchRequestRules {
    static final int MAX_QUERY_LENGTH = 1000;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_WINDOW = 10_000;

    private SearchRequestRules() {
    }

    /** {@code text}: the request's query after {@link QueryText#clean}. */
    static void check(SearchRequest request, String text) {
        checkPaging(text, request.page(), request.size());
        if (request.kind() != null && !request.kind().isBlank() && !ListingSearch.KINDS.containsKey(request.kind())) {
            throw ApiException.invalid("kind", "unknown", "must be one of company, need, capacity");
        }
        if (request.sort() != null && !List.of("relevance", "recent").contains(request.sort())) {
            throw ApiException.invalid("sort", "unknown", "must be relevance or recent");
        }
        if (request.availableFrom() != null && request.availableTo() != null
                && request.availableTo().isBefore(request.availableFrom())) {
            throw ApiException.invalid("availableTo", "order", "must not be before availableFrom");
        }
    }

    static void checkPaging(String text, int page, int size) {
        if (text.length() > MAX_QUERY_LENGTH) {
            throw ApiException.invalid("q", "too_long", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        if (page < 0) {
            throw ApiException.invalid("page", "min", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.invalid("size", "range", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) (page + 1) * size > MAX_WINDOW) {
            throw ApiException.invalid("page", "too_deep", "page × size must stay within the first "
                    + MAX_WINDOW + " results; refine the query instead");
        }
    }
}
