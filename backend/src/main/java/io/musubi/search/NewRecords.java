package io.musubi.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The open records (profiles, needs, capacity listings) created after a point, oldest first, as the index has them:
 * what the new-matches digest goes through. A point is a creation time and an id, so records created in the same
 * millisecond (an import's rows) are taken in turn and none is skipped or taken twice.
 */
@Singleton
public class NewRecords {
    private final ElasticsearchClient client;
    private final ListingSearch search;

    NewRecords(ElasticsearchClient client, ListingSearch search) {
        this.client = client;
        this.search = search;
    }

    /** Where a walk through new records stands: the creation time and id of the last record taken. */
    public record Point(Instant createdAt, String id) {
    }

    public record Created(String kind, String id, String companyId, String companyKind, Localized name, Point point) {
    }

    /** At most {@code size} open records created after {@code after} and no later than {@code until}. */
    public List<Created> after(Point after, Instant until, int size) {
        Query later = Query.of(q -> q.range(r -> r.untyped(u -> u.field("created_at")
                .gt(JsonData.of(after.createdAt().toEpochMilli())).format("epoch_millis"))));
        Query sameTimeLaterId = Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("created_at").value(after.createdAt().toEpochMilli())))
                .filter(f -> f.range(r -> r.untyped(u -> u.field("id").gt(JsonData.of(after.id())))))));
        Query notLater = Query.of(q -> q.range(r -> r.untyped(u -> u.field("created_at")
                .lte(JsonData.of(until.toEpochMilli())).format("epoch_millis"))));
        try {
            SearchResponse<ListingDocument> response = client.search(s -> s.index(search.targets())
                    .ignoreUnavailable(true).size(size).trackTotalHits(t -> t.enabled(false))
                    .query(q -> q.bool(b -> b.should(later, sameTimeLaterId).minimumShouldMatch("1")
                            .filter(notLater).mustNot(OpenRecords.notOpen())))
                    .sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                    .source(src -> src.filter(f -> f.includes("kind", "name", "company_id", "company_kind"))),
                    ListingDocument.class);
            return response.hits().hits().stream().map(NewRecords::created).toList();
        } catch (ElasticsearchException | IOException e) {
            throw SearchFailures.of(e);
        }
    }

    private static Created created(Hit<ListingDocument> hit) {
        ListingDocument d = hit.source() == null ? ListingDocument.NONE : hit.source();
        List<FieldValue> sort = hit.sort();
        return new Created(d.kindOrCompany(), hit.id(), d.companyId(), d.companyKind(), d.name() == null ? Localized.EMPTY : d.name(),
                new Point(Instant.ofEpochMilli(sort.get(0).longValue()), sort.get(1).stringValue()));
    }
}
