package io.musubi.search;

import io.musubi.testing.ApiAndIndex;
import static io.musubi.testing.Api.adminPostJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.Indexing;
import io.musubi.testing.Api;
import io.musubi.testing.IndexedByHand;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: intent words ("闲置产能", "遊休設備", "idle capacity", "looking for supplier", "受託") rank the kind they
 * ask for first without filtering the others away; facet counts count everything the rest of the query matches.
 */
@MicronautTest(transactional = false)
class IntentSearchTest extends ApiAndIndex implements IndexedByHand {

    String moulder;
    String firm;
    String listing;
    String need;

    @BeforeAll
    void records() {
        moulder = create("""
                {"names": {"zh": "宁波注塑科技"}, "descriptions": {"zh": "拥有30台注塑机，专业注塑成型和注塑模具"},
                 "technologies": ["injection-moulding"], "country": "CN", "region": "CN-ZJ", "industry": "MANUFACTURING"}""");
        firm = create("""
                {"kind": "LARGE_FIRM", "names": {"zh": "华东家电集团"}, "descriptions": {"zh": "家电整机制造"},
                 "country": "CN", "region": "CN-JS", "industry": "MANUFACTURING"}""");
        listing = client().retrieve(adminPostJson("/api/capacities", """
                {"companyId": "%s", "kind": "EQUIPMENT", "titles": {"zh": "注塑机空闲时段对外开放"},
                 "specifications": {"zh": "350吨注塑机两台，每周可提供40小时"}, "technologies": ["injection-moulding"],
                 "country": "CN", "region": "CN-JS", "availableFrom": "%s", "availableTo": "%s"}"""
                .formatted(firm, LocalDate.now(), LocalDate.now().plusDays(120))), Map.class).get("id").toString();
        need = client().retrieve(adminPostJson("/api/needs", """
                {"companyId": "%s", "titles": {"zh": "寻找注塑件供应商"}, "descriptions": {"zh": "空调外壳注塑件"},
                 "technologies": ["injection-moulding"]}""".formatted(firm)), Map.class).get("id").toString();
        Indexing.settle(indexer, indexes);
    }

    @Test
    void idleCapacityWordsBringTheListingFirstAndKeepTheOthers() {
        SearchResults plain = search("注塑机");
        SearchResults idle = search("闲置产能 注塑机");
        assertThat(ids(idle).get(0)).isEqualTo(listing);
        assertThat(ids(idle)).as("nothing filtered away").containsExactlyInAnyOrderElementsOf(ids(plain));
        assertThat(idle.total()).isEqualTo(plain.total());
        assertThat(idle.facets().get("kind")).as("facet counts as without the intent")
                .isEqualTo(plain.facets().get("kind"));
        assertThat(search("idle capacity 注塑机").items().get(0).id()).isEqualTo(listing);
    }

    @Test
    void supplierAndContractWordsBringNeedsAndProfilesFirst() {
        assertThat(search("采购需求 注塑").items().get(0).id()).isEqualTo(need);
        assertThat(search("代工 注塑").items().get(0).id()).isEqualTo(moulder);
    }

    private String create(String json) {
        return Api.adminCreate(client(), "/api/companies", json);
    }

    private SearchResults search(String q) {
        return client().retrieve(HttpRequest.GET("/api/search?size=50&q=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8)), SearchResults.class);
    }

    private static List<String> ids(SearchResults results) {
        return results.items().stream().map(SearchResults.Hit::id).toList();
    }
}
