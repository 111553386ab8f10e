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
    void loadsThe300CompaniesTheRichProfilesAndTheMarketplaceOnceOnly() {
        assertThat(searchKind("", "company").total()).isEqualTo(300 + 21 + 2);
        assertThat(searchKind("", "need").total()).isEqualTo(4);
        assertThat(searchKind("", "capacity").total()).isEqualTo(4);
        assertThat(demoData.load()).isZero();
        Indexing.settle(indexer, indexes);
        assertThat(searchKind("", "company").total()).isEqualTo(323);
        assertThat(searchKind("", "need").total()).isEqualTo(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoFairHasParticipantsRequestsAndAScheduleThatTheDemoBuyerSeesInItsAgenda() {
        List<Map<String, Object>> events = client.retrieve(HttpRequest.GET("/api/events"),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class,
                        Object.class)));
        assertThat(events).extracting(e -> e.get("phase")).containsExactly("REGISTRATION", "FINISHED");
        Map<String, Object> fair = events.get(0);
        assertThat(fair.get("participants")).isEqualTo(13);
        String token = client.exchange(HttpRequest.POST("/api/auth/login", Map.of("email", "buyer@musubi.example",
                "password", DemoData.DEMO_PASSWORD)), Map.class).body().get("token").toString();
        String organiser = client.exchange(HttpRequest.POST("/api/auth/login", Map.of("email",
                "organiser@musubi.example", "password", DemoData.DEMO_PASSWORD)), Map.class).body().get("token")
                .toString();
        // last year's fair is over and has outcomes: 4 of its 10 exhibitors reached business talks or a deal
        Map<String, Object> past = client.retrieve(HttpRequest.GET("/api/events/" + events.get(1).get("id")
                + "/dashboard").bearerAuth(organiser), Map.class);
        assertThat(past.get("meetingsScheduled")).isEqualTo(11);
        assertThat(past.get("noShows")).isEqualTo(1);
        assertThat(past.get("exhibitorsReachedTalks")).isEqualTo(4);
        // and answered its follow-up surveys 3 and 6 months on
        List<Map<String, Object>> rounds = (List<Map<String, Object>>) ((Map<String, Object>) past.get("funnel"))
                .get("rounds");
        assertThat(rounds).extracting(r -> r.get("monthsAfter")).containsExactly(3, 6);
        assertThat(rounds).allSatisfy(r -> assertThat(((Number) r.get("answered")).intValue()).isPositive());
        // and this year's participants show whom the buyer met there
        Map<String, Object> participants = client.retrieve(HttpRequest.GET("/api/events/" + fair.get("id")
                + "/participants?size=50").bearerAuth(token), Map.class);
        assertThat((List<Map<String, Object>>) participants.get("items"))
                .filteredOn(p -> !((List<?>) p.get("metBefore")).isEmpty()).hasSize(5);
        Map<String, Object> agenda = client.retrieve(HttpRequest.GET("/api/events/" + fair.get("id") + "/agenda")
                .bearerAuth(token), Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) agenda.get("items");
        // 大和重工業 accepted 4 meetings in all (hayashi, kawaguchi, kyoto, dongguan): all fit its cap of 8
        assertThat(items).hasSize(4);
        List<Map<String, Object>> incoming = client.retrieve(HttpRequest.GET("/api/events/" + fair.get("id")
                + "/requests?box=in").bearerAuth(token), io.micronaut.core.type.Argument.listOf(
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertThat(incoming).hasSize(2); // dongguan's (accepted) and shenzhen's, waiting for an answer
    }

    @Test
    void everyDemoAccountLogsInWithTheDocumentedPassword() {
        for (String email : List.of("admin@musubi.example", "coordinator@musubi.example", "organiser@musubi.example",
                "sme@musubi.example", "sme-cn@musubi.example", "buyer@musubi.example", "engineer@musubi.example",
                "buyer-cn@musubi.example")) {
            String session = client.retrieve(io.musubi.testing.Api.postJson("/api/auth/login",
                    "{\"email\": \"" + email + "\", \"password\": \"" + DemoData.DEMO_PASSWORD + "\"}"), String.class);
            assertThat(session).as(email).contains("\"token\"", email);
        }
    }

    @Test
    void theDemoLargeFirmIsATeamOfAnOwnerAndAMember() {
        String buyer = client.retrieve(io.musubi.testing.Api.postJson("/api/auth/login", "{\"email\": "
                + "\"buyer@musubi.example\", \"password\": \"" + DemoData.DEMO_PASSWORD + "\"}"), String.class);
        String token = buyer.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
        String companyId = buyer.replaceAll("(?s).*\"companyId\":\"([^\"]+)\".*", "$1");
        List<Map<String, Object>> members = client.retrieve(HttpRequest.GET("/api/companies/" + companyId
                + "/members").bearerAuth(token), io.micronaut.core.type.Argument.listOf(
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertThat(members).extracting(m -> m.get("email") + " " + m.get("companyRole"))
                .containsExactly("buyer@musubi.example OWNER", "engineer@musubi.example MEMBER");
    }

    @Test
    void theAnonymousDemoNeedDoesNotNameItsFirmInSearch() {
        SearchResults needs = searchKind("非破壊検査", "need");
        assertThat(needs.items()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.companyId()).isNull();
            assertThat(hit.companyNames()).isNull();
        });
    }

    @Test
    void keepsTwoCompaniesOfTheSameNameInDifferentPrefectures() {
        SearchResults results = searchKind("株式会社山本製作所", "company");
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

    private SearchResults searchKind(String q, String kind) {
        return client.retrieve(HttpRequest.GET(UriBuilder.of("/api/search").queryParam("q", q)
                .queryParam("kind", kind).queryParam("size", 100).build()), SearchResults.class);
    }

    private SearchResults search(String q, int size) {
        return client.retrieve(HttpRequest.GET(UriBuilder.of("/api/search").queryParam("q", q)
                .queryParam("size", size).build()), SearchResults.class);
    }

    private static List<String> names(SearchResults results) {
        return results.items().stream().map(h -> h.names().any().orElseThrow()).toList();
    }
}
