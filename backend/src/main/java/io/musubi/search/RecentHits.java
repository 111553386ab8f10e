package io.musubi.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.json.JsonData;
import io.musubi.platform.error.ApiException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many searches at once, each asking only for the records changed since a moment: what saved searches' alerts need.
 * One {@code _msearch} carries them all; each finds and filters exactly as the search page does (the same text
 * matching and facet filters), newest first, ids only: no totals, facets or highlights, which are most of a search's
 * cost. A search whose criteria search no longer accepts answers empty; Elasticsearch being down throws as search
 * does.
 */
@Singleton
public class RecentHits {
    private static final Logger LOG = LoggerFactory.getLogger(RecentHits.class);

    private final ElasticsearchClient client;
    private final ListingSearch search;

    RecentHits(ElasticsearchClient client, ListingSearch search) {
        this.client = client;
        this.search = search;
    }

    /** A search (page and sort ignored) for at most its size of records changed since {@code since}. */
    public record Ask(SearchRequest request, Instant since) {
    }

    /** For each ask, the ids it finds, newest first. */
    public List<List<String>> find(List<Ask> asks) {
        List<SearchRequest> requests = asks.stream().map(Ask::request).toList();
        List<Optional<Query>> queries = asks.stream().map(a -> query(a.request(), a.since())).toList();
        List<Query> runnable = queries.stream().flatMap(Optional::stream).toList();
        List<List<String>> found = runnable.isEmpty() ? List.of() : run(requests, queries);
        List<List<String>> answers = new ArrayList<>();
        int next = 0;
        for (Optional<Query> query : queries) {
            answers.add(query.isPresent() ? found.get(next++) : List.of());
        }
        return answers;
    }

    private Optional<Query> query(SearchRequest request, Instant since) {
        String words = QueryText.clean(request.q());
        try {
            SearchRequestRules.check(request, words);
            Query filters = SearchFilters.allOf(SearchFilters.of(request).values());
            Query changed = Query.of(q -> q.range(r -> r.untyped(u -> u.field("updated_at")
                    .gte(JsonData.of(since.toString())))));
            Query scored = search.scored(words);
            return Optional.of(Query.of(q -> q.bool(b -> b.must(scored).filter(filters, changed))));
        } catch (ApiException e) {
            LOG.warn("A search can no longer run: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private List<List<String>> run(List<SearchRequest> requests, List<Optional<Query>> queries) {
        List<String> targets = search.targets();
        try {
            MsearchResponse<Void> response = client.msearch(m -> {
                for (int i = 0; i < queries.size(); i++) {
                    int size = requests.get(i).size();
                    queries.get(i).ifPresent(query -> m.searches(s -> s
                            .header(h -> h.index(targets).ignoreUnavailable(true))
                            .body(b -> b.query(query).size(size).sort(ListingSearch.newestFirst())
                                    .source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(false)))));
                }
                return m;
            }, Void.class);
            List<List<String>> found = new ArrayList<>();
            for (MultiSearchResponseItem<Void> item : response.responses()) {
                if (item.isFailure()) {
                    LOG.warn("A search failed: {}", item.failure().error().reason());
                    found.add(List.of());
                } else {
                    found.add(item.result().hits().hits().stream().map(h -> h.id()).toList());
                }
            }
            return found;
        } catch (ElasticsearchException | IOException e) {
            throw SearchFailures.of(e);
        }
    }
}
