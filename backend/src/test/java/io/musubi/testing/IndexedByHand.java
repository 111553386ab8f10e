package io.musubi.testing;

import java.util.Map;

/**
 * For test classes that index their records themselves ({@link Indexing#settle}) before they search: the scheduled
 * indexer stays out of the way, so what the index holds is exactly what the test put there.
 */
public interface IndexedByHand extends RealServices {
    @Override
    default Map<String, String> extraProperties() {
        return Map.of("musubi.indexer.interval", "1h");
    }
}
