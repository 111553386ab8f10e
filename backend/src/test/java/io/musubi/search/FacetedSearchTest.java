package io.musubi.search;

import io.musubi.testing.ApiAndIndex;
import static io.musubi.testing.Api.adminPostJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.Indexing;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cross-language retrieval through the taxonomy, facets, filters, sort and suggestions, on a real node. */
@MicronautTest(transactional = false)
class FacetedSearchTest extends ApiAndIndex {

    String bankinJa;
    String banjinZh;
    String mujuZh;
    String platingJa;

    @BeforeAll
    void createRecords() {
        // untagged, one language each: only the taxonomy can connect them to other languages' queries
        bankinJa = create("""
                {"names": {"ja": "川越精工"}, "descriptions": {"ja": "精密板金によるステンレス筐体の製作"},
                 "country": "JP", "region": "JP-11", "industry": "MANUFACTURING",
                 "capital": {"amount": 20000000, "currency": "JPY"}, "employees": 15}""");
        banjinZh = create("""
                {"names": {"zh": "东莞钣金科技"}, "descriptions": {"zh": "专业精密钣金加工，激光切割与折弯"},
                 "country": "CN", "region": "CN-GD", "industry": "MANUFACTURING",
                 "designations": {"srdiProvincialYear": 2022}}""");
        mujuZh = create("""
                {"names": {"zh": "宁波精密模具"}, "descriptions": {"zh": "汽车注塑模具设计制造"},
                 "technologies": ["injection-mould"], "country": "CN", "region": "CN-ZJ", "industry": "MANUFACTURING",
                 "designations": {"srdiProvincialYear": 2020, "littleGiantYear": 2023}}""");
        platingJa = create("""
                {"names": {"ja": "京都表面技研"}, "descriptions": {"ja": "無電解ニッケルめっきと硬質アルマイト"},
                 "technologies": ["plating"], "country": "JP", "region": "JP-26", "industry": "MANUFACTURING",
                 "capital": {"amount": 500000000, "currency": "JPY"}, "employees": 800}""");
        String today = LocalDate.now().toString();
        client().retrieve(adminPostJson("/api/companies/" + bankinJa + "/certifications", """
                {"standard": "ISO_9001", "validUntil": "%s"}""".formatted(LocalDate.now().plusYears(1))), Map.class);
        client().retrieve(adminPostJson("/api/companies/" + platingJa + "/certifications", """
                {"standard": "ISO_9001", "validUntil": "%s"}""".formatted(LocalDate.now().minusDays(3))), Map.class);
        client().retrieve(adminPostJson("/api/companies/" + bankinJa + "/verification", "{\"verified\": true}"),
                Map.class);
        client().retrieve(adminPostJson("/api/capacities", """
                {"companyId": "%s", "kind": "PRODUCTION", "titles": {"ja": "精密板金ラインの空き"}, "country": "JP",
                 "availableFrom": "%s", "availableTo": "%s"}""".formatted(bankinJa, today,
                LocalDate.now().plusDays(60))), Map.class);
        Indexing.settle(indexer, indexes);
    }

    @Test
    void anEnglishTaxonomyTermFindsJapaneseAndChineseOnlyProfiles() {
        SearchResults results = search("q=precision sheet metal&kind=company");
        assertThat(ids(results)).contains(bankinJa, banjinZh);
        SearchResults.Hit japanese = results.items().stream().filter(h -> h.id().equals(bankinJa)).findFirst()
                .orElseThrow();
        assertThat(japanese.matchedLanguage()).isEqualTo("ja");
        assertThat(japanese.highlights()).anySatisfy(h -> assertThat(h.segments())
                .anyMatch(s -> s.match() && s.text().contains("板金")));
    }

    @Test
    void japaneseKanagataFindsChineseMujuAndChinesePlatingFindsJapaneseMekki() {
        assertThat(ids(search("q=金型"))).contains(mujuZh);
        assertThat(ids(search("q=电镀"))).contains(platingJa);
        assertThat(ids(search("q=plating"))).contains(platingJa);
    }

    @Test
    void facetsCountTheResultsAndFiltersNarrowThem() {
        SearchResults all = search("q=精密");
        assertThat(all.facets()).containsKeys("kind", "country", "region", "industry", "certification", "smeClass",
                "designation", "verified");
        assertThat(all.facets().get("kind")).extracting(SearchResults.FacetValue::value).contains("company",
                "capacity");
        SearchResults chinese = search("q=精密&country=CN");
        assertThat(chinese.items()).isNotEmpty().allSatisfy(h -> assertThat(h.country()).isEqualTo("CN"));
        // the country facet still offers Japan while China is chosen
        assertThat(chinese.facets().get("country")).extracting(SearchResults.FacetValue::value).contains("JP", "CN");
        assertThat(ids(search("kind=company&country=CN&country=JP"))).contains(bankinJa, banjinZh);
    }

    @Test
    void certificationFilterCountsOnlyValidCertificates() {
        List<String> certified = ids(search("kind=company&certification=ISO_9001"));
        assertThat(certified).contains(bankinJa).doesNotContain(platingJa);
    }

    @Test
    void smeClassDesignationAndVerifiedFilters() {
        assertThat(ids(search("kind=company&smeClass=SMALL_ENTERPRISE"))).contains(bankinJa)
                .doesNotContain(platingJa);
        assertThat(ids(search("kind=company&smeClass=LARGE"))).contains(platingJa);
        assertThat(ids(search("kind=company&designation=SRDI"))).contains(banjinZh, mujuZh);
        assertThat(ids(search("kind=company&designation=LITTLE_GIANT"))).containsExactly(mujuZh);
        assertThat(ids(search("kind=company&verified=true"))).containsExactly(bankinJa);
    }

    @Test
    void capacityWindowsOverlappingARange() {
        String soon = LocalDate.now().plusDays(10).toString();
        String later = LocalDate.now().plusDays(200).toString();
        assertThat(search("kind=capacity&availableFrom=" + soon + "&availableTo=" + later).total()).isEqualTo(1);
        assertThat(search("kind=capacity&availableFrom=" + later).total()).isZero();
    }

    @Test
    void sortsByRecencyAndRejectsUnknownFilterValues() {
        SearchResults recent = search("q=精密&sort=recent&kind=company");
        assertThat(recent.items()).hasSizeGreaterThan(1);
        assertThat(recent.items()).extracting(SearchResults.Hit::updatedAt).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        assertThat(send(client(), HttpRequest.GET("/api/search?sort=random")).status()).isEqualTo(400);
        assertThat(send(client(), HttpRequest.GET("/api/search?designation=GIANT")).status()).isEqualTo(400);
        assertThat(send(client(), HttpRequest.GET("/api/search?availableFrom=yesterday")).status()).isEqualTo(400);
        assertThat(send(client(), HttpRequest.GET("/api/search?availableFrom=2030-01-02&availableTo=2030-01-01"))
                .status()).isEqualTo(400);
    }

    @Test
    void suggestsTechnologiesInEveryLanguageAndCompanyNames() {
        Suggestions.SuggestionList prec = client().retrieve(HttpRequest.GET("/api/suggest?q=precision%20sh"),
                Suggestions.SuggestionList.class);
        assertThat(prec.items()).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo("technology");
            assertThat(s.id()).isEqualTo("precision-sheet-metal");
        });
        Suggestions.SuggestionList kana = client().retrieve(HttpRequest.GET("/api/suggest?q=%E5%B7%9D%E8%B6%8A"),
                Suggestions.SuggestionList.class);
        assertThat(kana.items()).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo("company");
            assertThat(s.id()).isEqualTo(bankinJa);
        });
        Suggestions.SuggestionList zh = client().retrieve(HttpRequest.GET("/api/suggest?q=%E6%A8%A1%E5%85%B7"),
                Suggestions.SuggestionList.class);
        assertThat(zh.items()).anyMatch(s -> s.type().equals("technology") && s.text().startsWith("模具"));
        assertThat(client().retrieve(HttpRequest.GET("/api/suggest?q="), Suggestions.SuggestionList.class).items())
                .isEmpty();
    }

    private String create(String json) {
        return client().retrieve(adminPostJson("/api/companies", json), Map.class).get("id").toString();
    }

    private SearchResults search(String query) {
        StringBuilder uri = new StringBuilder("/api/search?size=50");
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            uri.append('&').append(kv[0]).append('=').append(java.net.URLEncoder.encode(kv[1],
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return client().retrieve(HttpRequest.GET(uri.toString()), SearchResults.class);
    }

    private static List<String> ids(SearchResults results) {
        return results.items().stream().map(SearchResults.Hit::id).toList();
    }
}
