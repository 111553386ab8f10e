package io.musubi.opportunity;

import io.musubi.testing.ApiAndIndex;
import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.search.Indexer;
import io.musubi.search.SearchIndexes;
import io.musubi.search.SearchResults;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api.Result;
import io.musubi.testing.Indexing;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OpportunityApiTest extends ApiAndIndex {
    @Inject
    NeedRepository needRows;
    @Inject
    CapacityRepository capacityRows;

    AccountService.Session firm;
    AccountService.Session sme;

    static final LocalDate TODAY = LocalDate.now();

    @BeforeAll
    void accounts() {
        firm = Accounts.signUp(client(), "LARGE_FIRM", "大和重工業");
        sme = Accounts.signUp(client(), "SME", "林精密工業");
    }

    private NeedView postNeed(String json) {
        return client().retrieve(postJson("/api/needs", json).bearerAuth(firm.token()), NeedView.class);
    }

    @Test
    void aFirmPostsANeedWithTaxonomyCertificationsAndRegions() {
        NeedView need = postNeed("""
                {"titles": {"ja": "チタン部品の5軸加工", "en": "5-axis machining of titanium parts"},
                 "descriptions": {"ja": "航空機エンジン部品の試作"}, "technologies": ["five-axis-machining", "titanium"],
                 "certifications": ["JIS_Q_9100"], "certificationsRequired": true, "quantity": "200 / month",
                 "deadline": "%s", "preferredRegions": ["JP-27", "JP"]}""".formatted(TODAY.plusDays(60)));
        assertThat(need.company().id()).isEqualTo(firm.user().companyId());
        assertThat(need.status()).isEqualTo("OPEN");
        assertThat(need.certificationsRequired()).isTrue();
        assertThat(need.technologies()).containsExactly("five-axis-machining", "titanium");

        NeedView closed = client().retrieve(putJson("/api/needs/" + need.id(), """
                {"version": 0, "titles": {"en": "5-axis machining of titanium parts"}, "status": "CLOSED"}""")
                .bearerAuth(firm.token()), NeedView.class);
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.version()).isEqualTo(1);
    }

    @Test
    void anAnonymousNeedHidesItsFirmFromEveryoneButTheFirm() {
        NeedView need = postNeed("""
                {"titles": {"en": "Secret casting inspection"}, "anonymous": true}""");
        assertThat(need.company()).isNotNull();
        NeedView asSme = client().retrieve(HttpRequest.GET("/api/needs/" + need.id()).bearerAuth(sme.token()),
                NeedView.class);
        assertThat(asSme.company()).isNull();
        assertThat(asSme.anonymous()).isTrue();
        NeedView anonymousReader = client().retrieve(HttpRequest.GET("/api/needs/" + need.id()), NeedView.class);
        assertThat(anonymousReader.company()).isNull();

        List<NeedView> listedToOthers = client().retrieve(HttpRequest.GET("/api/needs?companyId="
                + firm.user().companyId()), Argument.listOf(NeedView.class));
        assertThat(listedToOthers).extracting(NeedView::id).doesNotContain(need.id());
        List<NeedView> listedToFirm = client().retrieve(HttpRequest.GET("/api/needs?companyId="
                + firm.user().companyId()).bearerAuth(firm.token()), Argument.listOf(NeedView.class));
        assertThat(listedToFirm).extracting(NeedView::id).contains(need.id());
    }

    @Test
    void needsAreFoundBySearchAndClosedOnesLeaveIt() {
        NeedView need = postNeed("""
                {"titles": {"ja": "超精密ラッピング加工の外注先"}, "technologies": ["lapping"]}""");
        NeedView anonymous = postNeed("""
                {"titles": {"ja": "匿名の超精密ラッピング案件"}, "anonymous": true}""");
        Indexing.settle(indexer, indexes);
        SearchResults results = search("超精密ラッピング", "need");
        assertThat(results.items()).extracting(SearchResults.Hit::id)
                .contains(need.id().toString(), anonymous.id().toString());
        SearchResults.Hit named = results.items().stream().filter(h -> h.id().equals(need.id().toString()))
                .findFirst().orElseThrow();
        assertThat(named.kind()).isEqualTo("need");
        assertThat(named.companyNames().ja()).isEqualTo("大和重工業");
        SearchResults.Hit hidden = results.items().stream().filter(h -> h.id().equals(anonymous.id().toString()))
                .findFirst().orElseThrow();
        assertThat(hidden.companyId()).isNull();
        assertThat(hidden.companyNames()).isNull();
        assertThat(search("ラッピング", null).items()).extracting(SearchResults.Hit::kind).contains("need");

        client().retrieve(putJson("/api/needs/" + need.id(), """
                {"titles": {"ja": "超精密ラッピング加工の外注先"}, "status": "CLOSED"}""").bearerAuth(firm.token()),
                NeedView.class);
        Indexing.settle(indexer, indexes);
        assertThat(search("超精密ラッピング", "need").items()).extracting(SearchResults.Hit::id)
                .doesNotContain(need.id().toString());
    }

    @Test
    void rejectsBadNeedsFieldByFieldWritingNothing() {
        long before = needRows.count();
        Result result = send(client(), postJson("/api/needs", """
                {"titles": {}, "technologies": ["warp-drive"], "certifications": ["ISO_99999"],
                 "deadline": "%s", "preferredRegions": ["Atlantis"]}""".formatted(TODAY.minusDays(1)))
                .bearerAuth(firm.token()));
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error().errors()).extracting(e -> e.field()).contains("titles", "technologies[0]",
                "certifications[0]", "deadline", "preferredRegions[0]");
        Result status = send(client(), postJson("/api/needs", """
                {"titles": {"en": "x"}, "status": "MAYBE"}""").bearerAuth(firm.token()));
        assertThat(status.status()).isEqualTo(400);
        assertThat(needRows.count()).isEqualTo(before);
    }

    @Test
    void anSmeListsIdleCapacityWithAWindow() {
        CapacityView listing = client().retrieve(postJson("/api/capacities", """
                {"kind": "PRODUCTION", "titles": {"ja": "5軸マシニングセンタの空き時間"},
                 "specifications": {"ja": "DMU 50 ×2 台"}, "technologies": ["five-axis-machining"],
                 "country": "JP", "region": "JP-27", "availableFrom": "%s", "availableTo": "%s",
                 "amountPerMonth": 160, "unit": "HOURS", "terms": "NDA"}""".formatted(TODAY, TODAY.plusDays(120)))
                .bearerAuth(sme.token()), CapacityView.class);
        assertThat(listing.company().id()).isEqualTo(sme.user().companyId());
        assertThat(listing.amountPerMonth()).isEqualByComparingTo("160");
        Indexing.settle(indexer, indexes);
        assertThat(search("マシニングセンタ", "capacity").items()).extracting(SearchResults.Hit::id)
                .contains(listing.id().toString());
    }

    @Test
    void aCapacityWindowMustRunForwardAndNotLieInThePast() {
        long before = capacityRows.count();
        String template = """
                {"kind": "CLEAN_ROOM", "titles": {"en": "Clean room"}, "country": "JP",
                 "availableFrom": "%s", "availableTo": "%s"}""";
        Result backwards = send(client(), postJson("/api/capacities", template.formatted(TODAY.plusDays(10),
                TODAY.plusDays(5))).bearerAuth(sme.token()));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.error().errors()).anyMatch(e -> e.field().equals("availableTo")
                && e.code().equals("order"));
        Result past = send(client(), postJson("/api/capacities", template.formatted(TODAY.minusDays(30),
                TODAY.minusDays(1))).bearerAuth(sme.token()));
        assertThat(past.error().errors()).anyMatch(e -> e.field().equals("availableTo") && e.code().equals("past"));
        Result missing = send(client(), postJson("/api/capacities", """
                {"kind": "TELEPORTER", "titles": {"en": "x"}, "country": "JP"}""").bearerAuth(sme.token()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(capacityRows.count()).isEqualTo(before);
    }

    private SearchResults search(String q, String kind) {
        UriBuilder uri = UriBuilder.of("/api/search").queryParam("q", q);
        if (kind != null) {
            uri.queryParam("kind", kind);
        }
        return client().retrieve(HttpRequest.GET(uri.build()), SearchResults.class);
    }
}
