package io.musubi.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import io.musubi.platform.error.ApiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facet filters a search request asks for, each as a query keyed by its facet. */
final class SearchFilters {
    private SearchFilters() {
    }

    static Map<String, Query> of(SearchRequest r) {
        Map<String, Query> filters = new LinkedHashMap<>();
        if (r.kind() != null && !r.kind().isBlank()) {
            filters.put("kind", terms("kind", List.of(r.kind())));
        }
        putTerms(filters, "country", "country", r.country());
        putTerms(filters, "region", "region", r.region());
        putTerms(filters, "industry", "industry", r.industry());
        putTerms(filters, "certification", "certifications", r.certification());
        putTerms(filters, "smeClass", "sme_class", r.smeClass());
        if (!r.designation().isEmpty()) {
            List<Query> any = new ArrayList<>();
            for (String d : r.designation()) {
                switch (d) {
                    case "SRDI" -> any.add(srdi());
                    case "LITTLE_GIANT" -> any.add(littleGiant());
                    default -> throw ApiException.invalid("designation", "unknown", "must be SRDI or LITTLE_GIANT");
                }
            }
            filters.put("designation", Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1"))));
        }
        if (r.verified() != null) {
            filters.put("verified", Query.of(q -> q.term(t -> t.field("verified").value(r.verified()))));
        }
        if (r.availableFrom() != null || r.availableTo() != null) {
            List<Query> window = new ArrayList<>();
            if (r.availableTo() != null) {
                window.add(Query.of(q -> q.range(g -> g.untyped(u -> u.field("available_from")
                        .lte(JsonData.of(r.availableTo().toString()))))));
            }
            if (r.availableFrom() != null) {
                window.add(Query.of(q -> q.range(g -> g.untyped(u -> u.field("available_to")
                        .gte(JsonData.of(r.availableFrom().toString()))))));
            }
            filters.put("window", Query.of(q -> q.bool(b -> b.filter(window))));
        }
        return filters;
    }

    /** An SRDI enterprise: provincially designated, or a national little giant (which is one too). */
    static Query srdi() {
        return Query.of(q -> q.bool(b -> b.should(exists("srdi_provincial_year"), exists("little_giant_year"))
                .minimumShouldMatch("1")));
    }

    static Query littleGiant() {
        return exists("little_giant_year");
    }

    /** All of the queries (match-all when there are none). */
    static Query allOf(Collection<Query> queries) {
        return queries.isEmpty() ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.bool(b -> b.filter(List.copyOf(queries))));
    }

    private static void putTerms(Map<String, Query> filters, String facet, String field, List<String> values) {
        if (!values.isEmpty()) {
            filters.put(facet, terms(field, values));
        }
    }

    private static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of)
                .toList()))));
    }

    private static Query exists(String field) {
        return Query.of(q -> q.exists(e -> e.field(field)));
    }
}
