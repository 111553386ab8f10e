package io.musubi.testing;

import io.musubi.search.Indexer;
import io.musubi.search.SearchIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Makes everything written so far searchable now, instead of waiting for the scheduled indexer and refresh. */
public final class Indexing {
    private Indexing() {
    }

    public static void settle(Indexer indexer, SearchIndexes indexes) {
        indexer.drain();
        try {
            indexes.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
