package io.musubi.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What a feature gives the search feature to keep one index in step with its tables. The index's mapping lives in
 * search-config as {@code search/index-templates/<index>.json}.
 */
public interface SearchDocumentSource {
    /** The outbox aggregate type this source answers for, e.g. "company". */
    String aggregateType();

    /** The index (alias) name without prefix, e.g. "companies". */
    String index();

    /** The current documents for these ids; an id missing from the result was deleted. */
    Map<UUID, SearchDocument> load(Collection<UUID> ids);

    /** Every document, in batches, for a full rebuild. */
    void forEach(int batchSize, Consumer<List<SearchDocument>> batch);

    List<UUID> changedSince(Instant since);
}
