package io.musubi.testing;

import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.musubi.search.Indexer;
import io.musubi.search.SearchIndexes;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of tests that call the HTTP API and then read, settle or rebuild the search index: the client, the indexer
 * and the index names, injected once here rather than in each test. Such tests build their records once, in a
 * {@code @BeforeAll} method, so they run with one test instance per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiAndIndex implements RealServices {
    @Inject
    @Client("/")
    protected HttpClient http;
    @Inject
    protected Indexer indexer;
    @Inject
    protected SearchIndexes indexes;

    protected BlockingHttpClient client() {
        return http.toBlocking();
    }
}
