package io.musubi.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.musubi.platform.error.ApiException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many searches for what changed since a moment: what saved searches' alerts need. A run first copies the records
 * changed since its earliest moment out of the three live indices into one small index with the same analysis and
 * the fields of all three ({@link Recent}): a day's changes are a few thousand records, and a search of one shard
 * over them costs a fraction of one over the whole platform's three (with few records that can match, most of a
 * search's cost is per shard: analysing the words for each field, looking up terms per segment). Then each
 * {@code _msearch} carries a batch of searches, each finding and filtering exactly as the search page does (the same
 * text matching and facet filters) plus its own moment, newest first, ids only: no totals, facets or highlights. A
 * search whose criteria search no longer accepts answers empty; Elasticsearch being down throws as search does.
 */
@Singleton
public class RecentHits {
    static final String RECENT = "-recent-";
    private static final int PAGE = 1000;
    /** A copy older than this was left by a run that died; the next run removes it. */
    private static final Duration ABANDONED = Duration.ofHours(6);
    private static final Logger LOG = LoggerFactory.getLogger(RecentHits.class);

    private final ElasticsearchClient client;
    private final ListingSearch search;
    private final Clock clock;

    RecentHits(ElasticsearchClient client, ListingSearch search, Clock clock) {
        this.client = client;
        this.search = search;
        this.clock = clock;
    }

    /** A search (page and sort ignored) for at most its size of records changed since {@code since}. */
    public record Ask(SearchRequest request, Instant since) {
    }

    /** The records changed since a moment, copied into indices of their own; closing removes them. */
    public final class Recent implements AutoCloseable {
        private final List<String> indices;
        private final long records;

        private Recent(List<String> indices, long records) {
            this.indices = indices;
            this.records = records;
        }

        public long records() {
            return records;
        }

        @Override
        public void close() {
            for (String index : indices) {
                try {
                    client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
                } catch (ElasticsearchException | IOException e) {
                    LOG.warn("Could not remove {} (the next run will): {}", index, e.getMessage());
                }
            }
        }
    }

    /**
     * Copies every record changed since {@code since} (asks may start later, none earlier) into one index: profiles,
     * needs and listings together (one shard to search, not three), with the fields of all three kinds.
     */
    public Recent copy(Instant since) {
        removeAbandoned();
        List<String> lives = search.targets();
        String copy = lives.get(0) + RECENT + clock.millis() + "-" + UUID.randomUUID().toString().substring(0, 4);
        List<String> copies = List.of(copy);
        try {
            client.indices().create(c -> c.index(copy)); // the first kind's template: analysis and its fields
            for (String live : lives.subList(1, lives.size())) {
                if (client.indices().exists(e -> e.index(live)).value()) {
                    Map<String, Property> fields = new HashMap<>();
                    client.indices().getMapping(m -> m.index(live)).result().values()
                            .forEach(index -> fields.putAll(index.mappings().properties()));
                    client.indices().putMapping(m -> m.index(copy).properties(fields));
                }
            }
            long records = 0;
            for (String live : lives) {
                records += copy(live, copy, since);
            }
            client.indices().refresh(r -> r.index(copy));
            return new Recent(copies, records);
        } catch (ElasticsearchException | IOException e) {
            new Recent(copies, 0).close();
            throw SearchFailures.of(e);
        }
    }

    private long copy(String live, String copy, Instant since) throws IOException {
        if (!client.indices().exists(e -> e.index(live)).value()) {
            return 0;
        }
        long copied = 0;
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<JsonData> page = client.search(s -> {
                s.index(live).size(PAGE).trackTotalHits(t -> t.enabled(false))
                        .query(q -> q.range(r -> r.untyped(u -> u.field("updated_at")
                                .gte(JsonData.of(since.toEpochMilli())).format("epoch_millis"))))
                        .sort(o -> o.field(f -> f.field("updated_at").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(from);
            }, JsonData.class);
            List<Hit<JsonData>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return copied;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            hits.forEach(hit -> bulk.operations(op -> op.index(i -> i.index(copy).id(hit.id())
                    .document(hit.source()))));
            if (client.bulk(bulk.build()).errors()) {
                throw new IOException("copying recent records into " + copy + " failed");
            }
            copied += hits.size();
            if (hits.size() < PAGE) {
                return copied;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private void removeAbandoned() {
        try {
            for (String live : search.targets().subList(0, 1)) {
                long before = clock.millis() - ABANDONED.toMillis();
                client.indices().get(g -> g.index(live + RECENT + "*").ignoreUnavailable(true).allowNoIndices(true))
                        .result().keySet().stream()
                        .filter(name -> created(name.substring((live + RECENT).length())) < before)
                        .forEach(name -> new Recent(List.of(name), 0).close());
            }
        } catch (ElasticsearchException | IOException e) {
            LOG.warn("Could not look for abandoned copies of recent records: {}", e.getMessage());
        }
    }

    private static long created(String suffix) {
        try {
            return Long.parseLong(suffix.substring(0, suffix.indexOf('-')));
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** For each ask, the ids it finds among the recent records, newest first. */
    public List<List<String>> find(Recent recent, List<Ask> asks) {
        List<Optional<Query>> queries = asks.stream().map(a -> query(a.request(), a.since())).toList();
        List<List<String>> found = queries.stream().anyMatch(Optional::isPresent)
                ? run(recent.indices, asks, queries) : List.of();
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
                    .gte(JsonData.of(since.toEpochMilli())).format("epoch_millis"))));
            Query scored = search.scored(words);
            return Optional.of(Query.of(q -> q.bool(b -> b.must(scored).filter(filters, changed))));
        } catch (ApiException e) {
            LOG.warn("A search can no longer run: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private List<List<String>> run(List<String> indices, List<Ask> asks, List<Optional<Query>> queries) {
        try {
            MsearchResponse<Void> response = client.msearch(m -> {
                for (int i = 0; i < queries.size(); i++) {
                    int size = asks.get(i).request().size();
                    queries.get(i).ifPresent(query -> m.searches(s -> s
                            .header(h -> h.index(indices).ignoreUnavailable(true))
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
                    found.add(item.result().hits().hits().stream().map(Hit::id).toList());
                }
            }
            return found;
        } catch (ElasticsearchException | IOException e) {
            throw SearchFailures.of(e);
        }
    }
}
