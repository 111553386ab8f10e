package io.musubi.match;

import io.musubi.testing.ApiAndIndex;
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
import io.musubi.testing.Api;
import io.musubi.testing.IndexedByHand;
import io.musubi.testing.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a capacity listing is recommended to the companies that would use the resource (through search-config's
 * "used by" relations), with the relation as the reason; a company that offers the same resource itself in an
 * overlapping window is lowered, not ranked first and not left out, and so is one that owns the resource with no
 * use for it; a stated need and a neighbouring region are reasons; a company sees the listings it would use.
 */
@MicronautTest(transactional = false)
class CapacityUsersTest extends ApiAndIndex implements IndexedByHand {

    String firm;
    String assembler;
    String rival;
    String lookalike;
    String cleanRoom;

    @BeforeAll
    void records() {
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

    /**
     * A metal printer in Aichi: the mould maker next door in Gifu uses it (conformal-cooling inserts), the print
     * bureau in Aichi that owns the same kind of printer and has no use for it is lowered below it though nearer,
     * a buyer whose open need asks for metal printing is told so with the overlap of the window, and a buyer whose
     * need is anonymous is not revealed by it.
     */
    @Test
    void aUserNextDoorOutranksAnOwnerNearerByAndAStatedNeedIsAReasonUnlessAnonymous() {
        String mouldMaker = company("""
                {"names": {"ja": "美濃金型製作所"}, "descriptions": {"ja": "射出成形金型の設計製作"},
                 "technologies": ["injection-mould", "mould-design"], "country": "JP", "region": "JP-21",
                 "industry": "MANUFACTURING"}""");
        String bureau = company("""
                {"names": {"ja": "名古屋金属造形"}, "descriptions": {"ja": "金属3Dプリンターによる受託造形"},
                 "technologies": ["metal-3d-printing", "3d-printing"], "country": "JP", "region": "JP-23",
                 "industry": "MANUFACTURING"}""");
        String buyer = company("""
                {"kind": "LARGE_FIRM", "names": {"en": "Kanto Turbine Works"}, "descriptions": {"en": "Turbines"},
                 "country": "JP", "region": "JP-13", "industry": "MANUFACTURING"}""");
        String secretBuyer = company("""
                {"kind": "LARGE_FIRM", "names": {"en": "Kansai Pump Works"}, "descriptions": {"en": "Pumps"},
                 "country": "JP", "region": "JP-27", "industry": "MANUFACTURING"}""");
        need(buyer, false);
        need(secretBuyer, true);
        LocalDate from = LocalDate.now().plusDays(20);
        String printer = client().retrieve(adminPostJson("/api/capacities", """
                {"companyId": "%s", "kind": "EQUIPMENT", "titles": {"ja": "金属3Dプリンターの空き時間"},
                 "technologies": ["metal-3d-printing"], "country": "JP", "region": "JP-23",
                 "availableFrom": "%s", "availableTo": "%s"}""".formatted(firm, from, from.plusMonths(4))), Map.class)
                .get("id").toString();
        Indexing.settle(indexer, indexes);

        List<MatchService.Recommendation> items = recommend("capacity:" + printer).items();
        List<String> ids = items.stream().map(MatchService.Recommendation::id).toList();
        assertThat(ids).contains(mouldMaker, bureau);
        assertThat(ids.indexOf(mouldMaker)).as("the user before the owner").isLessThan(ids.indexOf(bureau));
        MatchService.Recommendation user = items.get(ids.indexOf(mouldMaker));
        assertThat(user.reasons().get(0).code()).isEqualTo("use");
        assertThat(user.reasons()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("region");
            assertThat(r.text().en()).isEqualTo("neighbouring Gifu");
            assertThat(r.text().ja()).isEqualTo("近隣の岐阜県");
        });
        MatchService.Recommendation stated = items.get(ids.indexOf(buyer));
        assertThat(stated.reasons().get(0).code()).isEqualTo("need");
        assertThat(stated.reasons().get(0).text().en()).isEqualTo("has an open need for this; window overlaps 4 months");
        assertThat(stated.reasons().get(0).text().zh()).contains("4个月");
        items.stream().filter(r -> r.id().equals(secretBuyer)).forEach(r -> assertThat(r.reasons())
                .extracting(Reasons.Reason::code).doesNotContain("need"));
    }

    private void need(String company, boolean anonymous) {
        client().retrieve(adminPostJson("/api/needs", """
                {"companyId": "%s", "titles": {"en": "Printed turbine parts"}, "technologies": ["metal-3d-printing"],
                 "anonymous": %s}""".formatted(company, anonymous)), Map.class);
    }

    private MatchService.Recommendations recommend(String forRef) {
        return client().retrieve(HttpRequest.GET("/api/recommendations?size=20&for=" + forRef)
                .bearerAuth(Tokens.admin()), MatchService.Recommendations.class);
    }

    private String company(String json) {
        return Api.adminCreate(client(), "/api/companies", json);
    }

    private String listing(String company, String title, LocalDate from, LocalDate to) {
        return client().retrieve(adminPostJson("/api/capacities", """
                {"companyId": "%s", "kind": "CLEAN_ROOM", "titles": {"ja": "%s"}, "technologies": ["clean-room"],
                 "country": "JP", "region": "JP-23", "availableFrom": "%s", "availableTo": "%s"}"""
                .formatted(company, title, from, to)), Map.class).get("id").toString();
    }
}
