package io.musubi.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Full-text search over profiles, needs and capacity listings in ja, zh and en, with facets. The user's text goes
 * into multi_match queries, never a query-string parser, so quotes, brackets and AND/OR are just text
 * ({@link TextMatching}); intent words rank their kind higher ({@link Intents}); filters and facets come from
 * {@link SearchFilters} and {@link Facets}; highlights come back as segments ({@link Highlights}).
 */
@Singleton
public class ListingSearch {
    /** How much more a record of the kind a query's intent words ask for counts. */
    static final double INTENT_WEIGHT = 6.0;
    /** kind → index (alias without prefix). */
    public static final Map<String, String> KINDS = Map.of("company", "companies", "need", "needs",
            "capacity", "capacities");

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final TextMatching text;
    private final Intents intents;

    ListingSearch(ElasticsearchClient client, SearchIndexes indexes, TextMatching text, Intents intents) {
        this.client = client;
        this.indexes = indexes;
        this.text = text;
        this.intents = intents;
    }

    public SearchResults search(String rawQuery, String kind, int page, int size) {
        return search(SearchRequest.text(rawQuery, kind, page, size));
    }

    public SearchResults search(SearchRequest request) {
        co.elastic.clients.elasticsearch.core.SearchRequest elastic = elasticRequest(request);
        try {
            SearchResponse<ListingDocument> response = client.search(elastic, ListingDocument.class);
            List<SearchResults.Hit> hits = response.hits().hits().stream().map(ListingSearch::toHit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchResults(QueryText.clean(request.q()), total, request.page(), request.size(), hits,
                    Facets.read(response));
        } catch (ElasticsearchException | IOException e) {
            throw SearchFailures.of(e);
        }
    }

    /**
     * The Elasticsearch request a search sends (checked first: a bad request is the caller's 400). Public for the
     * benchmark, which sends the very same request straight to Elasticsearch.
     */
    public co.elastic.clients.elasticsearch.core.SearchRequest elasticRequest(SearchRequest request) {
        String words = QueryText.clean(request.q());
        SearchRequestRules.check(request, words);
        Map<String, Query> filters = SearchFilters.of(request);
        Query query = scored(words);
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.index(targets()).ignoreUnavailable(true).query(query).from(request.page() * request.size())
                    .size(request.size()).trackTotalHits(t -> t.enabled(true))
                    .postFilter(SearchFilters.allOf(filters.values()))
                    .aggregations(Facets.aggregations(filters));
            if (words.isEmpty() || "recent".equals(request.sort())) {
                s.sort(newestFirst());
            }
            if (!words.isEmpty()) {
                s.highlight(Highlights.request());
            }
            return s;
        });
    }

    /** The indices a search reads: companies, needs and capacity listings. */
    List<String> targets() {
        return KINDS.values().stream().sorted().map(indexes::alias).toList();
    }

    /** The query that finds and scores a search's records (text or intent, open records only): no filters. */
    Query scored(String words) {
        // intent words ("闲置产能", "looking for supplier") need not match: they rank their kind higher
        Intents.Reading intent = intents.read(words);
        Query matched = Query.of(q -> q.bool(b -> b.must(intent.rest().isEmpty() && intent.kind() != null
                        ? Query.of(all -> all.matchAll(m -> m)) : text.matching(intent.rest()))
                .mustNot(OpenRecords.notOpen())));
        return intent.kind() == null ? matched : Query.of(q -> q.functionScore(f -> f.query(matched)
                .functions(fn -> fn.filter(k -> k.term(t -> t.field("kind").value(intent.kind())))
                        .weight(INTENT_WEIGHT))
                .boostMode(FunctionBoostMode.Multiply)));
    }

    static SortOptions newestFirst() {
        return SortOptions.of(o -> o.field(f -> f.field("updated_at")
                .order(SortOrder.Desc).unmappedType(FieldType.Date)));
    }

    /**
     * Companies among {@code among} that match a text query, best first (at most {@code among.size()}): a trade
     * fair's participants searched with the product's analysis and taxonomy expansion.
     */
    public List<UUID> rankCompanies(String rawQuery, Collection<UUID> among) {
        String words = QueryText.clean(rawQuery);
        SearchRequestRules.checkPaging(words, 0, 1);
        if (among.isEmpty()) {
            return List.of();
        }
        List<String> ids = among.stream().map(UUID::toString).toList();
        try {
            SearchResponse<ListingDocument> response = client.search(s -> s.index(indexes.alias("companies"))
                    .ignoreUnavailable(true).size(Math.min(ids.size(), SearchRequestRules.MAX_WINDOW))
                    .source(src -> src.fetch(false))
                    .query(q -> q.bool(b -> b.must(text.matching(words)).filter(f -> f.ids(i -> i.values(ids))))),
                    ListingDocument.class);
            return response.hits().hits().stream().map(h -> UUID.fromString(h.id())).toList();
        } catch (ElasticsearchException | IOException e) {
            throw SearchFailures.of(e);
        }
    }

    private static SearchResults.Hit toHit(Hit<ListingDocument> hit) {
        ListingDocument d = hit.source() == null ? ListingDocument.NONE : hit.source();
        List<SearchResults.Highlight> highlights = Highlights.of(hit.highlight());
        String matchedLanguage = highlights.stream().map(SearchResults.Highlight::language)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String kind = d.kindOrCompany();
        return new SearchResults.Hit(hit.id(), kind, d.name(), d.companyId(),
                "company".equals(kind) ? null : d.companyName(), d.country(), d.region(), d.industry(),
                d.technologies(), matchedLanguage, highlights, d.certifications(), d.smeClass(),
                new SearchResults.Designations(d.srdiProvincialYear(), d.littleGiantYear()), d.isVerified(),
                d.availableFrom(), d.availableTo(), d.updatedAt());
    }
}
