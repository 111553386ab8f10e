package io.musubi.match;

import static io.musubi.testing.Api.adminPostJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.search.Indexer;
import io.musubi.search.SearchIndexes;
import io.musubi.testing.Indexing;
import io.musubi.testing.RealServices;
import io.musubi.testing.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 13: a capacity listing is recommended to the companies that would use the resource (through search-config's
 * "used by" relations), with the relation as the reason; a company that offers the same resource itself in an
 * overlapping window is lowered, not ranked first and not left out; a company sees the listings it would use.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapacityUsersTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Indexer indexer;
    @Inject
    SearchIndexes indexes;

    BlockingHttpClient client;
    String firm;
    String assembler;
    String rival;
    String lookalike;
    String cleanRoom;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("musubi.indexer.interval", "1h");
    }

    @BeforeAll
    void records() {
        client = http.toBlocking();
        firm = company("""
                {"kind": "LARGE_FIRM", "names": {"ja": "東海航空機器"}, "descriptions": {"ja": "航空機部品の製造"},
                 "country": "JP", "region": "JP-23", "industry": "MANUFACTURING"}""");
        assembler = company("""
                {"names": {"ja": "尾張メディカル組立"}, "descriptions": {"ja": "カテーテルの組立と包装を受託"},
                 "technologies": ["catheters", "medical-device-manufacturing"], "country": "JP", "region": "JP-23",
                 "industry": "MANUFACTURING"}""");
        // a medical assembler as well, but it rents out a clean room of its own at the same time
        rival = company("""
                {"names": {"ja": "三河クリーン組立"}, "descriptions": {"ja": "クリーンルームでの医療機器組立"},
                 "technologies": ["catheters", "medical-device-manufacturing", "clean-room"], "country": "JP",
                 "region": "JP-23", "industry": "MANUFACTURING"}""");
        // its text resembles the listing's most, but nothing it does needs a clean room
        lookalike = company("""
                {"names": {"ja": "クリーンルーム設備工業"}, "descriptions": {"ja": "クリーンルームの設計施工と空調設備"},
                 "country": "JP", "region": "JP-23", "industry": "CONSTRUCTION"}""");
        LocalDate from = LocalDate.now().plusDays(10);
        cleanRoom = listing(firm, "クラス1000 クリーンルームの時間貸し", from, from.plusDays(180));
        listing(rival, "クリーンルームの空き時間", from.plusDays(30), from.plusDays(90));
        Indexing.settle(indexer, indexes);
    }

    @Test
    void theListingGoesToItsUserFirstWithTheReasonAndTheRivalIsLoweredNotDropped() {
        MatchService.Recommendations result = recommend("capacity:" + cleanRoom);
        List<String> ids = result.items().stream().map(MatchService.Recommendation::id).toList();
        assertThat(ids.get(0)).isEqualTo(assembler);
        assertThat(ids).contains(rival);
        assertThat(ids.indexOf(rival)).isGreaterThan(ids.indexOf(assembler));
        if (ids.contains(lookalike)) {
            assertThat(ids.indexOf(lookalike)).isGreaterThan(ids.indexOf(assembler));
        }
        MatchService.Recommendation first = result.items().get(0);
        assertThat(first.reasons().get(0).code()).isEqualTo("use");
        assertThat(first.reasons().get(0).text().ja()).isNotBlank();
        assertThat(first.reasons().get(0).text().zh()).isNotBlank();
        assertThat(first.reasons().get(0).text().en()).isNotBlank();
    }

    @Test
    void theUserSeesTheListingAmongItsRecommendationsWithTheSameReason() {
        MatchService.Recommendations result = recommend("company:" + assembler);
        MatchService.Recommendation listing = result.items().stream().filter(r -> r.id().equals(cleanRoom))
                .findFirst().orElseThrow();
        assertThat(listing.reasons()).extracting(Reasons.Reason::code).contains("use");
    }

    private MatchService.Recommendations recommend(String forRef) {
        return client.retrieve(HttpRequest.GET("/api/recommendations?size=20&for=" + forRef)
                .bearerAuth(Tokens.admin()), MatchService.Recommendations.class);
    }

    private String company(String json) {
        return client.retrieve(adminPostJson("/api/companies", json), Map.class).get("id").toString();
    }

    private String listing(String company, String title, LocalDate from, LocalDate to) {
        return client.retrieve(adminPostJson("/api/capacities", """
                {"companyId": "%s", "kind": "CLEAN_ROOM", "titles": {"ja": "%s"}, "technologies": ["clean-room"],
                 "country": "JP", "region": "JP-23", "availableFrom": "%s", "availableTo": "%s"}"""
                .formatted(company, title, from, to)), Map.class).get("id").toString();
    }
}
