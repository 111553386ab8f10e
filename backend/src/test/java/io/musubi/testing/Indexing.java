package io.musubi.testing;

import io.musubi.search.Indexer;
import io.musubi.search.SearchIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Makes everything written so far searchable now, instead of waiting for the scheduled indexer and refresh. */
public final class Indexing {
    private Indexing() {
    }

    /**
     * Drains until the outbox is empty: the scheduled indexer may hold some entries at this moment (SKIP LOCKED),
     * and they count as indexed only when its transaction deleted them.
     */
    public static void settle(Indexer indexer, SearchIndexes indexes) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        indexer.drain();
        while (indexer.hasPending() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            indexer.drain();
        }
        try {
            indexes.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
