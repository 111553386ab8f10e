package io.musubi.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import io.micronaut.http.HttpStatus;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Full-text search over profiles, needs and capacity listings in ja, zh and en. The user's text goes into a multi_match query, never a
 * query-string parser, so quotes, brackets and AND/OR are just text. Each language field is searched with its own
 * analyzer (plus the CJK bigram fallback); highlights come back as segments, so no HTML crosses the API.
 */
@Singleton
public class ListingSearch {
    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;
    static final String PRE = "\uE000";
    static final String POST = "\uE001";

    private static final List<String> FIELDS = List.of(
            "name.ja^4", "name.zh^4", "name.en^4", "name.ja.cjk^2", "name.zh.cjk^2", "name.en.cjk^2",
            "headline.ja^2", "headline.zh^2", "headline.en^2",
            "technology_labels.ja^2", "technology_labels.zh^2", "technology_labels.en^2",
            "keywords^1.5", "keywords.ja^1.5", "keywords.zh^1.5", "keywords.en^1.5",
            "company_name.ja^1.5", "company_name.zh^1.5", "company_name.en^1.5",
            "description.ja", "description.zh", "description.en",
            "description.ja.cjk^0.5", "description.zh.cjk^0.5", "description.en.cjk^0.5");
    /** kind → index (alias without prefix). */
    public static final Map<String, String> KINDS = Map.of("company", "companies", "need", "needs",
            "capacity", "capacities");
    private static final List<String> LANGUAGES = List.of("ja", "zh", "en");

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;

    ListingSearch(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    /** @param kind null for every kind, else company, need or capacity */
    public SearchResults search(String rawQuery, String kind, int page, int size) {
        String text = QueryText.clean(rawQuery);
        checkPaging(text, page, size);
        List<String> targets = new ArrayList<>();
        if (kind == null || kind.isBlank()) {
            KINDS.values().stream().sorted().forEach(index -> targets.add(indexes.alias(index)));
        } else if (KINDS.containsKey(kind)) {
            targets.add(indexes.alias(KINDS.get(kind)));
        } else {
            throw ApiException.invalid("kind", "unknown", "must be one of company, need, capacity");
        }
        Query matching = text.isEmpty() ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.multiMatch(m -> m.query(text).fields(FIELDS).type(TextQueryType.BestFields)
                        .tieBreaker(0.3)));
        // closed needs and listings are history, not offers
        Query query = Query.of(q -> q.bool(b -> b.must(matching)
                .mustNot(n -> n.term(t -> t.field("status").value("CLOSED")))));
        try {
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> response = client.search(s -> {
                s.index(targets).ignoreUnavailable(true).query(query).from(page * size).size(size)
                        .trackTotalHits(t -> t.enabled(true));
                if (text.isEmpty()) {
                    s.sort(o -> o.field(f -> f.field("updated_at").order(SortOrder.Desc)));
                } else {
                    s.highlight(h -> h.preTags(PRE).postTags(POST).requireFieldMatch(true)
                            .fields("name.*", f -> f.numberOfFragments(0))
                            .fields("headline.*", f -> f.numberOfFragments(0))
                            .fields("technology_labels.*", f -> f.numberOfFragments(0))
                            .fields("keywords*", f -> f.numberOfFragments(0))
                            .fields("description.*", f -> f.fragmentSize(140).numberOfFragments(1)
                                    .noMatchSize(0)));
                }
                return s;
            }, Map.class);
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                hits.add(toHit(hit));
            }
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchResults(text, total, page, size, hits);
        } catch (ElasticsearchException e) {
            if (e.status() == 400) {
                throw ApiException.invalid("q", "too_complex", "is too complex to search; use fewer words");
            }
            throw unavailable(e);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private static void checkPaging(String text, int page, int size) {
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

    private static ApiException unavailable(Exception e) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "search_unavailable",
                "Search is temporarily unavailable; your data is safe, please try again shortly", List.of());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static SearchResults.Hit toHit(Hit<Map> hit) {
        Map<String, Object> source = hit.source() == null ? Map.of() : hit.source();
        List<SearchResults.Highlight> highlights = new ArrayList<>();
        String matchedLanguage = null;
        for (String field : List.of("name", "headline", "description", "technology_labels", "keywords")) {
            Optional<SearchResults.Highlight> best = bestHighlight(field, hit.highlight());
            if (best.isPresent()) {
                highlights.add(best.get());
                if (matchedLanguage == null) {
                    matchedLanguage = best.get().language();
                }
            }
        }
        String kind = (String) source.getOrDefault("kind", "company");
        return new SearchResults.Hit(hit.id(), kind, localized(source.get("name")),
                (String) source.get("company_id"), "company".equals(kind) ? null : localized(source.get("company_name")),
                (String) source.get("country"), (String) source.get("region"), (String) source.get("industry"),
                (List<String>) source.getOrDefault("technologies", List.of()), matchedLanguage, highlights);
    }

    @SuppressWarnings("unchecked")
    private static Localized localized(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        Localized localized = new Localized((String) map.get("ja"), (String) map.get("zh"), (String) map.get("en"));
        return localized.isEmpty() ? null : localized;
    }

    /**
     * Prefer the language-analysed subfield's fragment; fall back to the bigram subfield of the same language.
     * Fields without languages (keywords) report no language.
     */
    private static Optional<SearchResults.Highlight> bestHighlight(String field, Map<String, List<String>> all) {
        for (String suffix : List.of("", ".cjk")) {
            for (String language : LANGUAGES) {
                List<String> fragments = all.get(field + "." + language + suffix);
                if (fragments != null && !fragments.isEmpty()) {
                    boolean ownLanguage = !field.equals("keywords");
                    return Optional.of(new SearchResults.Highlight(field.equals("technology_labels")
                            ? "technologies" : field, ownLanguage ? language : null, segments(fragments.get(0))));
                }
            }
        }
        List<String> plain = all.get(field);
        if (plain != null && !plain.isEmpty()) {
            return Optional.of(new SearchResults.Highlight(field, null, segments(plain.get(0))));
        }
        return Optional.empty();
    }

    static List<SearchResults.Segment> segments(String fragment) {
        List<SearchResults.Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < fragment.length()) {
            int open = fragment.indexOf(PRE, at);
            if (open < 0) {
                segments.add(new SearchResults.Segment(fragment.substring(at), false));
                break;
            }
            if (open > at) {
                segments.add(new SearchResults.Segment(fragment.substring(at, open), false));
            }
            int close = fragment.indexOf(POST, open + 1);
            if (close < 0) {
                close = fragment.length();
            }
            segments.add(new SearchResults.Segment(fragment.substring(open + 1, close), true));
            at = close + 1;
        }
        return merge(segments);
    }

    /** Adjacent matched tokens (精密 + 加工) read better as one mark. */
    private static List<SearchResults.Segment> merge(List<SearchResults.Segment> segments) {
        List<SearchResults.Segment> merged = new ArrayList<>();
        for (SearchResults.Segment segment : segments) {
            if (segment.text().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).match() == segment.match()) {
                merged.set(last, new SearchResults.Segment(merged.get(last).text() + segment.text(),
                        segment.match()));
            } else {
                merged.add(segment);
            }
        }
        return merged;
    }
}
