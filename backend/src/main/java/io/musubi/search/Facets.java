package io.musubi.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facets of a search: each counted under the query and every other facet's filter (so a chosen value keeps its
 * peers), and read back from the response.
 */
final class Facets {
    /** facet → document field (designation is computed from two fields). */
    private static final Map<String, String> FIELDS = fields();

    private Facets() {
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "kind");
        fields.put("country", "country");
        fields.put("region", "region");
        fields.put("industry", "industry");
        fields.put("certification", "certifications");
        fields.put("smeClass", "sme_class");
        fields.put("designation", null);
        fields.put("verified", "verified");
        return fields;
    }

    /** The aggregations a search request carries, by facet name. */
    static Map<String, Aggregation> aggregations(Map<String, Query> filters) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        FIELDS.forEach((facet, field) -> aggregations.put(facet, aggregation(facet, field, filters)));
        return aggregations;
    }

    private static Aggregation aggregation(String facet, String field, Map<String, Query> filters) {
        Map<String, Query> others = new LinkedHashMap<>(filters);
        others.remove(facet);
        Aggregation inner = field != null
                ? Aggregation.of(a -> a.terms(t -> t.field(field).size(60)))
                : Aggregation.of(a -> a.filters(f -> f.filters(k -> k.keyed(Map.of(
                        "SRDI", SearchFilters.srdi(), "LITTLE_GIANT", SearchFilters.littleGiant())))));
        return Aggregation.of(a -> a.filter(SearchFilters.allOf(others.values())).aggregations("values", inner));
    }

    static Map<String, List<SearchResults.FacetValue>> read(SearchResponse<?> response) {
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : FIELDS.keySet()) {
            List<SearchResults.FacetValue> values = new ArrayList<>();
            Aggregate outer = response.aggregations().get(facet);
            Aggregate inner = outer == null ? null : outer.filter().aggregations().get("values");
            if (inner != null && inner.isSterms()) {
                for (StringTermsBucket bucket : inner.sterms().buckets().array()) {
                    values.add(new SearchResults.FacetValue(bucket.key().stringValue(), bucket.docCount()));
                }
            } else if (inner != null && inner.isLterms()) { // booleans come back as 0 / 1
                inner.lterms().buckets().array().forEach(bucket -> values.add(new SearchResults.FacetValue(
                        bucket.key() == 1 ? "true" : "false", bucket.docCount())));
            } else if (inner != null && inner.isFilters()) {
                inner.filters().buckets().keyed().forEach((key, bucket) -> {
                    if (bucket.docCount() > 0) {
                        values.add(new SearchResults.FacetValue(key, bucket.docCount()));
                    }
                });
                values.sort((a, b) -> a.value().compareTo(b.value()));
            }
            facets.put(facet, values);
        }
        return facets;
    }
}
