package io.musubi.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import java.util.List;

/**
 * Which search documents are still offers: closed needs and listings, and listings whose window has ended, are
 * history. Search, recommendations and the "used by" matching leave out the same records through this one rule.
 */
public final class OpenRecords {
    private OpenRecords() {
    }

    /** The clauses a query puts under {@code must_not} to keep only open records. */
    public static List<Query> notOpen() {
        return List.of(
                Query.of(q -> q.term(t -> t.field("status").value("CLOSED"))),
                Query.of(q -> q.range(r -> r.untyped(u -> u.field("available_to").lt(JsonData.of("now/d"))))));
    }
}
