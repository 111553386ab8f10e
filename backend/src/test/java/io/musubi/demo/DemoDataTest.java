package io.musubi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.search.Indexer;
import io.musubi.search.SearchIndexes;
import io.musubi.search.SearchResults;
import io.musubi.testing.Indexing;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    DemoData demoData;
    @Inject
    Indexer indexer;
    @Inject
    SearchIndexes indexes;

    BlockingHttpClient client;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("musubi.demo-data.enabled", "true");
    }

    @BeforeAll
    void settle() {
        client = http.toBlocking();
        Indexing.settle(indexer, indexes);
    }

    @Test
    void loadsThe300CompaniesAndTheRichProfilesOnceOnly() {
        assertThat(search("", 100).total()).isEqualTo(300 + DemoData.profiles().size());
        assertThat(DemoData.profiles()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(demoData.load()).isZero();
    }

    @Test
    void keepsTwoCompaniesOfTheSameNameInDifferentPrefectures() {
        SearchResults results = search("株式会社山本製作所", 20);
        assertThat(results.items()).filteredOn(h -> "株式会社山本製作所".equals(h.names().ja()))
                .extracting(SearchResults.Hit::region).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void theDemoQueriesOfTheReadmeFindHighlightedHits() {
        assertThat(names(search("nishihara", 10))).contains("株式会社ＮＩＳＨＩＨＡＲＡ");
        for (String query : List.of("精密", "模具", "machining")) {
            SearchResults results = search(query, 10);
            assertThat(results.total()).as(query).isGreaterThanOrEqualTo(2);
            assertThat(results.items().get(0).highlights()).as(query)
                    .anySatisfy(h -> assertThat(h.segments()).anyMatch(SearchResults.Segment::match));
        }
    }

    private SearchResults search(String q, int size) {
        return client.retrieve(HttpRequest.GET(UriBuilder.of("/api/search").queryParam("q", q)
                .queryParam("size", size).build()), SearchResults.class);
    }

    private static List<String> names(SearchResults results) {
        return results.items().stream().map(h -> h.names().any().orElseThrow()).toList();
    }
}
