package io.musubi.search;

import static io.musubi.testing.Api.adminPostJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.musubi.search.local.LocalElasticsearch;
import io.musubi.search.local.TestNodes;
import io.musubi.testing.Indexing;
import io.musubi.testing.TestServices;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The production shape (docker-compose): Elasticsearch with security on and basic auth, the app given the credentials
 * through its configuration (ELASTICSEARCH_USERNAME / ELASTICSEARCH_PASSWORD in production).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredElasticsearchTest implements TestPropertyProvider {
    private static final String PASSWORD = "musubi-test-secret";
    private LocalElasticsearch node;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Indexer indexer;
    @Inject
    SearchIndexes indexes;

    @Override
    public Map<String, String> getProperties() {
        node = TestNodes.dedicated("secured", 9280, PASSWORD);
        return TestServices.isolatedProperties(node);
    }

    @AfterAll
    void stopNode() {
        node.close();
    }

    @Test
    void theNodeRefusesAnonymousRequests() throws Exception {
        HttpResponse<String> anonymous = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(node.url() + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void theAppIndexesAndSearchesWithTheConfiguredCredentials() {
        BlockingHttpClient client = http.toBlocking();
        client.retrieve(adminPostJson("/api/companies", """
                {"names": {"en": "Secured Precision Works"}, "country": "JP", "industry": "MANUFACTURING"}"""),
                String.class);
        Indexing.settle(indexer, indexes);

        SearchResults results = client.retrieve(HttpRequest.GET("/api/search?q=secured"), SearchResults.class);
        assertThat(results.items()).extracting(h -> h.names().en()).containsExactly("Secured Precision Works");
        assertThat(client.retrieve(HttpRequest.GET("/health").bearerAuth(io.musubi.testing.Tokens.admin()), String.class))
                .contains("\"elasticsearch\":{\"name\":\"musubi\",\"status\":\"UP\"");
    }
}
