package io.musubi.search;

import io.musubi.testing.ApiAndIndex;
import static io.musubi.testing.Api.adminPostJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.Api.Result;
import io.musubi.testing.Indexing;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SearchApiTest extends ApiAndIndex {


    @BeforeAll
    void createProfilesInThreeLanguages() {
        create("""
                {"names": {"ja": "林精密工業株式会社"}, "descriptions": {"ja": "5軸マシニングセンタによる精密切削加工"},
                 "technologies": ["cutting"], "country": "JP", "region": "JP-27", "industry": "MANUFACTURING"}""");
        create("""
                {"names": {"ja": "株式会社ＮＩＳＨＩＨＡＲＡ"}, "country": "JP", "region": "JP-12",
                 "industry": "UNCLASSIFIED"}""");
        create("""
                {"names": {"zh": "苏州精工模具有限公司"}, "descriptions": {"zh": "专精特新企业，专注汽车零部件精密模具的设计与制造"},
                 "technologies": ["mould-and-die"], "country": "CN", "region": "CN-JS", "industry": "MANUFACTURING"}""");
        create("""
                {"names": {"en": "Acme Grinding Ltd."}, "descriptions": {"en": "Parts machined and ground to micron tolerances"},
                 "freeTerms": ["grinding"], "country": "GB", "industry": "MANUFACTURING"}""");
        for (int i = 0; i < 25; i++) {
            create("""
                    {"names": {"en": "Filler Works %d"}, "descriptions": {"en": "General fabrication"},
                     "country": "US", "industry": "MANUFACTURING"}""".formatted(i));
        }
        Indexing.settle(indexer, indexes);
    }

    @Test
    void findsJapaneseProfilesWithHighlightedJapaneseSnippets() {
        SearchResults results = search("精密", 0, 20);
        List<String> names = names(results);
        assertThat(names).contains("林精密工業株式会社", "苏州精工模具有限公司");
        SearchResults.Hit hayashi = hit(results, "林精密工業株式会社");
        assertThat(hayashi.matchedLanguage()).isEqualTo("ja");
        assertThat(hayashi.highlights()).anySatisfy(h -> {
            assertThat(h.language()).isEqualTo("ja");
            assertThat(h.segments()).anySatisfy(s -> {
                assertThat(s.match()).isTrue();
                assertThat(s.text()).contains("精密");
            });
        });
    }

    @Test
    void findsChineseProfilesForAChineseTermAndSaysChineseMatched() {
        SearchResults results = search("模具", 0, 20);
        assertThat(names(results)).containsExactly("苏州精工模具有限公司");
        assertThat(results.items().get(0).matchedLanguage()).isEqualTo("zh");
        assertThat(text(results.items().get(0).highlights().get(0))).contains("模具");
    }

    @Test
    void englishStemmingFindsMachinedForMachining() {
        SearchResults results = search("machining", 0, 20);
        assertThat(names(results)).contains("Acme Grinding Ltd.");
        SearchResults.Hit acme = hit(results, "Acme Grinding Ltd.");
        assertThat(acme.matchedLanguage()).isEqualTo("en");
        assertThat(acme.highlights()).anySatisfy(h -> assertThat(h.segments())
                .anySatisfy(s -> assertThat(s).isEqualTo(new SearchResults.Segment("machined", true))));
    }

    @Test
    void fullWidthLatinIsFoundByAsciiQuery() {
        assertThat(names(search("nishihara", 0, 20))).containsExactly("株式会社ＮＩＳＨＩＨＡＲＡ");
        assertThat(names(search("ＮＩＳＨＩＨＡＲＡ", 0, 20))).containsExactly("株式会社ＮＩＳＨＩＨＡＲＡ");
    }

    @Test
    void pagesThroughResultsWithATotalCount() {
        SearchResults first = search("fabrication", 0, 10);
        SearchResults third = search("fabrication", 2, 10);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.items()).hasSize(10);
        assertThat(third.items()).hasSize(5);
        assertThat(names(first)).doesNotContainAnyElementsOf(names(third));
    }

    @Test
    void anEmptyQueryListsEveryProfileNewestFirst() {
        SearchResults all = search("", 0, 100);
        assertThat(all.total()).isEqualTo(29);
        assertThat(all.items().get(0).names().en()).isEqualTo("Filler Works 24");
    }

    @Test
    void oddInputIsSearchedAsTextAndNeverFailsTheServer() {
        for (String odd : List.of("\"unbalanced", "(精密", "a AND OR NOT b", "title:[* TO *]", "\\", "/regex/",
                "精密\uD800加工", "\uDC00", "*?~^", "{\"json\": 1}", "<script>alert(1)</script>", "   ")) {
            Result result = send(client(), HttpRequest.GET(uri(odd, 0, 20)));
            assertThat(result.status()).as(odd + " → " + result.body()).isEqualTo(200);
        }
        Result huge = send(client(), HttpRequest.GET(uri("精密".repeat(5000), 0, 20)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.hasFieldError("q")).isTrue();
    }

    @Test
    void rejectsBadPagingWithFieldErrors() {
        assertThat(send(client(), HttpRequest.GET(uri("x", -1, 20))).hasFieldError("page")).isTrue();
        assertThat(send(client(), HttpRequest.GET(uri("x", 0, 0))).hasFieldError("size")).isTrue();
        assertThat(send(client(), HttpRequest.GET(uri("x", 0, 101))).hasFieldError("size")).isTrue();
        assertThat(send(client(), HttpRequest.GET(uri("x", 500, 100))).hasFieldError("page")).isTrue();
        Result notANumber = send(client(), HttpRequest.GET("/api/search?q=x&page=first"));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.hasFieldError("page")).isTrue();
    }

    @Test
    void anUpdateIsReflectedInSearch() {
        String created = client().retrieve(adminPostJson("/api/companies", """
                {"names": {"en": "Zebra Coatings"}, "country": "JP", "industry": "MANUFACTURING"}"""), String.class);
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        Indexing.settle(indexer, indexes);
        assertThat(names(search("zebra", 0, 20))).containsExactly("Zebra Coatings");

        client().retrieve(io.musubi.testing.Api.adminPutJson("/api/companies/" + id, """
                {"names": {"en": "Quagga Coatings"}, "country": "JP", "industry": "MANUFACTURING"}"""), String.class);
        Indexing.settle(indexer, indexes);
        assertThat(search("zebra", 0, 20).items()).isEmpty();
        assertThat(names(search("quagga", 0, 20))).containsExactly("Quagga Coatings");
    }

    private void create(String json) {
        client().retrieve(adminPostJson("/api/companies", json), String.class);
    }

    private SearchResults search(String q, int page, int size) {
        return client().retrieve(HttpRequest.GET(uri(q, page, size)), SearchResults.class);
    }

    private static URI uri(String q, int page, int size) {
        return UriBuilder.of("/api/search").queryParam("q", q).queryParam("page", page).queryParam("size", size)
                .build();
    }

    private static List<String> names(SearchResults results) {
        return results.items().stream().map(h -> h.names().any().orElseThrow()).toList();
    }

    private static SearchResults.Hit hit(SearchResults results, String name) {
        return results.items().stream().filter(h -> name.equals(h.names().any().orElse(null))).findFirst()
                .orElseThrow();
    }

    private static String text(SearchResults.Highlight highlight) {
        return highlight.segments().stream().map(SearchResults.Segment::text).collect(Collectors.joining());
    }
}
