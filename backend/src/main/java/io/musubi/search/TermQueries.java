package io.musubi.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import io.musubi.taxonomy.Taxonomy;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How a taxonomy term widens a query, for search and recommendations alike: records tagged with the term's code,
 * and its label in each language as a phrase in the text fields.
 */
public final class TermQueries {
    private TermQueries() {
    }

    /** Records tagged with the technology {@code code}. */
    public static Query tagged(String code, float boost) {
        return Query.of(q -> q.term(t -> t.field("technologies").value(code).boost(boost)));
    }

    /** The term's label in each language it has, each as a phrase over {@code fields}. */
    public static List<Query> labelPhrases(Taxonomy.Term term, List<String> fields, float boost) {
        return Stream.of(term.labels().ja(), term.labels().zh(), term.labels().en()).filter(Objects::nonNull)
                .map(label -> Query.of(q -> q.multiMatch(m -> m.query(label).fields(fields)
                        .type(TextQueryType.Phrase).boost(boost))))
                .toList();
    }
}
