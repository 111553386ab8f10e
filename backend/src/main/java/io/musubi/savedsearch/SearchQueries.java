package io.musubi.savedsearch;

import io.musubi.platform.error.ApiException;
import io.musubi.search.SearchRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A saved search's query string ({@code q=精密&kind=capacity&country=JP&country=CN}, the parameters of
 * {@code GET /api/search} and of the search page's URL) read into a search request. Page, size and sort are not part
 * of it: an alert always looks at the newest hits. Pure.
 */
final class SearchQueries {
    static final Set<String> LISTS = Set.of("country", "region", "industry", "certification", "smeClass",
            "designation");
    static final Set<String> SINGLE = Set.of("q", "kind", "verified", "availableFrom", "availableTo");
    /** What the search page's URL may carry besides the criteria; ignored. */
    static final Set<String> IGNORED = Set.of("page", "size", "sort");

    private SearchQueries() {
    }

    static SearchRequest parse(String query, int size) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.startsWith("?") ? query.substring(1).split("&") : query.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!LISTS.contains(name) && !SINGLE.contains(name) && !IGNORED.contains(name)) {
                throw ApiException.invalid("query", "unknown_parameter", "has a parameter search does not take: "
                        + name);
            }
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return new SearchRequest(one(values, "q"), one(values, "kind"), values.get("country"), values.get("region"),
                values.get("industry"), values.get("certification"), values.get("smeClass"),
                values.get("designation"), bool(one(values, "verified")), date(one(values, "availableFrom")),
                date(one(values, "availableTo")), "recent", 0, size);
    }

    private static String one(Map<String, List<String>> values, String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() || all.get(0).isBlank() ? null : all.get(0);
    }

    private static Boolean bool(String value) {
        return value == null ? null : Boolean.parseBoolean(value);
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("query", "date", "has a date that is not YYYY-MM-DD: " + value);
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("query", "encoding", "is not a valid query string");
        }
    }
}
