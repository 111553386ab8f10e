package io.musubi.match;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.micronaut.core.annotation.Nullable;
import io.musubi.platform.i18n.Localized;
import io.musubi.search.ListingDocument;
import io.musubi.search.SearchFailures;
import io.musubi.search.OpenRecords;
import io.musubi.search.SearchIndexes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Companies that said they need what a capacity listing offers: their open, named needs ask for one of its
 * technologies. They are users by their own word; the reason says how long the window overlaps the need.
 */
@Singleton
class StatedNeeds {
    private final ElasticsearchClient client;
    private final SearchIndexes indexes;

    StatedNeeds(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    /** An open need of a company that asks for what the listing offers, and when it is needed by. */
    record StatedNeed(String companyId, @Nullable LocalDate deadline) {
        /** Whole months in which the need, from today to its deadline, and the listing's window overlap. */
        long overlapMonths(Subject listing, LocalDate today) {
            LocalDate start = listing.availableFrom().isAfter(today) ? listing.availableFrom() : today;
            LocalDate end = deadline == null || deadline.isAfter(listing.availableTo()) ? listing.availableTo()
                    : deadline;
            return end.isBefore(start) ? 0 : Math.max(1, ChronoUnit.MONTHS.between(start, end.plusDays(1)));
        }
    }

    /**
     * Companies with an open, named need for one of the listing's technologies whose deadline (if any) is not
     * before the window opens: a stated use. Anonymous needs carry no company in the index and never count.
     */
    Map<String, StatedNeed> of(Subject listing) {
        if (listing.technologies().isEmpty() || listing.availableFrom() == null || listing.availableTo() == null) {
            return Map.of();
        }
        List<FieldValue> offered = listing.technologies().stream().map(FieldValue::of).toList();
        try {
            SearchResponse<ListingDocument> response = client.search(r -> r.index(indexes.alias("needs")).ignoreUnavailable(true)
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.terms(t -> t.field("technologies").terms(v -> v.value(offered))))
                            .filter(f -> f.exists(e -> e.field("company_id")))
                            .mustNot(OpenRecords.notOpen())
                            .mustNot(n -> n.term(t -> t.field("company_id").value(listing.companyId().toString())))
                            .mustNot(n -> n.range(g -> g.untyped(u -> u.field("deadline")
                                    .lt(JsonData.of(listing.availableFrom().toString())))))))
                    .size(200).source(src -> src.filter(f -> f.includes("company_id", "deadline"))),
                    ListingDocument.class);
            Map<String, StatedNeed> needs = new LinkedHashMap<>();
            for (Hit<ListingDocument> hit : response.hits().hits()) {
                ListingDocument need = hit.source();
                if (need == null || need.companyId() == null) {
                    continue;
                }
                String company = need.companyId();
                LocalDate deadline = need.deadline() == null ? null : LocalDate.parse(need.deadline());
                needs.merge(company, new StatedNeed(company, deadline), (a, b) -> a.deadline() == null
                        || (b.deadline() != null && b.deadline().isAfter(a.deadline())) ? a : b);
            }
            return needs;
        } catch (ElasticsearchException | IOException e) {
            throw SearchFailures.unavailable(e);
        }
    }

    /** "Has an open need for this; the window overlaps 4 months." */
    static Reasons.Reason reason(long months) {
        return new Reasons.Reason("need", new Localized("募集中のニーズと一致・期間が" + months + "か月重なる",
                "其发布的需求相符，时间重叠" + months + "个月",
                "has an open need for this; window overlaps " + months + (months == 1 ? " month" : " months")));
    }
}
