package io.musubi.search;

import static io.musubi.testing.Api.adminPostJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.musubi.company.CompanyView;
import io.musubi.platform.outbox.OutboxRepository;
import io.musubi.search.local.LocalElasticsearch;
import io.musubi.search.local.TestNodes;
import io.musubi.testing.Api.Result;
import io.musubi.testing.TestServices;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The database never waits on Elasticsearch: writes succeed while it is down, and the index catches up. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexerOutageTest implements TestPropertyProvider {
    private LocalElasticsearch node;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    OutboxRepository outbox;
    @Inject
    Indexer indexer;

    @Override
    public Map<String, String> getProperties() {
        node = TestNodes.dedicated("outage", 9270, null);
        return TestServices.isolatedProperties(node);
    }

    @AfterAll
    void stopNode() {
        node.close();
    }

    @Test
    void writesWhileElasticsearchIsDownBecomeSearchableWhenItIsBack() throws Exception {
        BlockingHttpClient client = http.toBlocking();
        node.stop();

        CompanyView created = client.retrieve(adminPostJson("/api/companies", """
                {"names": {"ja": "停電試験精密株式会社"}, "country": "JP", "industry": "MANUFACTURING"}"""),
                CompanyView.class);
        assertThat(created.id()).isNotNull();
        assertThat(outbox.findAll()).anyMatch(entry -> entry.aggregateId().equals(created.id()));
        assertThatThrownBy(indexer::drain).isInstanceOf(RuntimeException.class);
        assertThat(outbox.findAll()).anyMatch(entry -> entry.aggregateId().equals(created.id()));

        Result search = send(client, HttpRequest.GET("/api/search?q=%E5%81%9C%E9%9B%BB"));
        assertThat(search.status()).isEqualTo(503);
        assertThat(search.error().error()).isEqualTo("search_unavailable");

        Result health = send(client, HttpRequest.GET("/health").bearerAuth(io.musubi.testing.Tokens.admin()));
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body()).contains("\"elasticsearch\":{\"name\":\"musubi\",\"status\":\"DOWN\"")
                .containsPattern("\"jdbc[^\"]*\":\\{\"name\":\"musubi\",\"status\":\"UP\"");

        node.restart();

        long deadline = System.nanoTime() + 90_000_000_000L;
        SearchResults results = null;
        while (System.nanoTime() < deadline) {
            Result attempt = send(client, HttpRequest.GET("/api/search?q=%E5%81%9C%E9%9B%BB"));
            if (attempt.status() == 200 && attempt.body().contains(created.id().toString())) {
                results = client.retrieve(HttpRequest.GET("/api/search?q=%E5%81%9C%E9%9B%BB"), SearchResults.class);
                break;
            }
            Thread.sleep(500);
        }
        assertThat(results).as("the record became searchable after Elasticsearch came back").isNotNull();
        assertThat(results.items()).extracting(SearchResults.Hit::id).containsExactly(created.id().toString());
        assertThat(outbox.count()).isZero();
        assertThat(send(client, HttpRequest.GET("/health").bearerAuth(io.musubi.testing.Tokens.admin())).status()).isEqualTo(200);
    }
}
