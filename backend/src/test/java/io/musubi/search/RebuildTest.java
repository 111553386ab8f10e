package io.musubi.search;

import io.musubi.testing.ApiAndIndex;
import static io.musubi.testing.Api.adminPostJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.Indexing;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index is derived: it can be rebuilt from the database at any time without search going dark. */
@MicronautTest(transactional = false)
class RebuildTest extends ApiAndIndex {
    @Inject
    ElasticsearchClient elasticsearch;


    @Override
    public Map<String, String> extraProperties() {
        return Map.of("musubi.admin-token", "test-admin-token");
    }

    @BeforeAll
    void createProfiles() {
        for (String name : List.of("再構築精密一号", "再構築精密二号", "再構築精密三号")) {
            client().retrieve(adminPostJson("/api/companies", """
                    {"names": {"ja": "%s"}, "country": "JP", "industry": "MANUFACTURING"}""".formatted(name)),
                    String.class);
        }
        Indexing.settle(indexer, indexes);
    }

    @Test
    void rebuildNeedsTheAdminToken() {
        assertThat(send(client(), HttpRequest.POST("/api/admin/search/rebuild", "")).status()).isEqualTo(403);
        assertThat(send(client(), HttpRequest.POST("/api/admin/search/rebuild", "")
                .header("X-Admin-Token", "wrong")).status()).isEqualTo(403);
    }

    @Test
    void rebuildSwitchesTheAliasToAFreshIndexWhileSearchKeepsAnswering() throws Exception {
        String alias = indexes.alias("companies");
        Set<String> before = elasticsearch.indices().getAlias(a -> a.name(alias)).result().keySet();

        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Long> totals = new ConcurrentLinkedQueue<>();
        Thread searcher = new Thread(() -> {
            while (running.get()) {
                totals.add(client().retrieve(HttpRequest.GET("/api/search?q=%E5%86%8D%E6%A7%8B%E7%AF%89"),
                        SearchResults.class).total());
            }
        });
        searcher.start();
        String report = client().retrieve(HttpRequest.POST("/api/admin/search/rebuild", "")
                .header("X-Admin-Token", "test-admin-token"), String.class);
        running.set(false);
        searcher.join();

        Set<String> after = elasticsearch.indices().getAlias(a -> a.name(alias)).result().keySet();
        assertThat(report).contains("\"documents\":3");
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(elasticsearch.indices().exists(e -> e.index(List.copyOf(before))).value()).isFalse();
        assertThat(totals).isNotEmpty().allMatch(total -> total == 3);
    }

    @Test
    void aMissingIndexIsRebuiltFromTheDatabase() throws Exception {
        String alias = indexes.alias("companies");
        Set<String> current = elasticsearch.indices().getAlias(a -> a.name(alias)).result().keySet();
        elasticsearch.indices().delete(d -> d.index(List.copyOf(current)));

        indexes.markUnavailable();
        assertThat(indexes.ensureReady()).isTrue();

        SearchResults results = client().retrieve(HttpRequest.GET("/api/search?q=%E5%86%8D%E6%A7%8B%E7%AF%89"),
                SearchResults.class);
        assertThat(results.total()).isEqualTo(3);
    }
}
