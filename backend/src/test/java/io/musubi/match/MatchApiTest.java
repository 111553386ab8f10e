package io.musubi.match;

import io.musubi.testing.ApiAndIndex;
import static io.musubi.testing.Api.adminPostJson;
import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.search.Indexer;
import io.musubi.search.SearchIndexes;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import io.musubi.testing.Indexing;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recommendations for needs, companies and listings: ranking, reasons, hard certificates, feedback, reciprocity. */
@MicronautTest(transactional = false)
class MatchApiTest extends ApiAndIndex {
    @Inject
    AccountService accounts;

    AccountService.Session firm;
    AccountService.Session titaniumSme;
    AccountService.Session mouldSme;
    AccountService.Session coordinator;
    String need;
    String strictNeed;

    @BeforeAll
    void marketplace() {
        firm = Accounts.signUp(client(), "LARGE_FIRM", "大和重工業");
        titaniumSme = Accounts.signUp(client(), "SME", "林精密工業");
        mouldSme = Accounts.signUp(client(), "SME", "東邦金型");
        coordinator = Accounts.staff(accounts, client(), Role.COORDINATOR);
        profile(titaniumSme, """
                {"names": {"ja": "林精密工業"}, "descriptions": {"ja": "チタン合金の5軸加工。航空機エンジン部品の試作"},
                 "technologies": ["five-axis-machining", "titanium"], "country": "JP", "region": "JP-27",
                 "industry": "MANUFACTURING", "capital": {"amount": 30000000, "currency": "JPY"}, "employees": 85}""");
        profile(mouldSme, """
                {"names": {"ja": "東邦金型"}, "descriptions": {"ja": "プレス金型の設計製作。チタン材の加工も一部対応"},
                 "technologies": ["press-die"], "country": "JP", "region": "JP-23", "industry": "MANUFACTURING"}""");
        client().retrieve(adminPostJson("/api/companies/" + titaniumSme.user().companyId() + "/certifications", """
                {"standard": "JIS_Q_9100", "validUntil": "%s"}""".formatted(LocalDate.now().plusYears(1))), Map.class);
        need = client().retrieve(postJson("/api/needs", """
                {"titles": {"en": "5-axis machining of titanium blades"}, "technologies": ["five-axis-machining",
                 "titanium"], "certifications": ["JIS_Q_9100"], "certificationsRequired": false,
                 "preferredRegions": ["JP-27"]}""").bearerAuth(firm.token()), Map.class).get("id").toString();
        strictNeed = client().retrieve(postJson("/api/needs", """
                {"titles": {"en": "Titanium parts, aerospace certified only"}, "technologies": ["titanium"],
                 "certifications": ["JIS_Q_9100"], "certificationsRequired": true}""").bearerAuth(firm.token()),
                Map.class).get("id").toString();
        Indexing.settle(indexer, indexes);
    }

    @Test
    void aNeedGetsTheBestFittingSmeFirstWithItsReasons() {
        MatchService.Recommendations result = recommend(firm, "need:" + need);
        assertThat(result.items()).extracting(MatchService.Recommendation::id)
                .startsWith(titaniumSme.user().companyId().toString())
                .contains(mouldSme.user().companyId().toString())
                .doesNotContain(firm.user().companyId().toString());
        MatchService.Recommendation best = result.items().get(0);
        assertThat(best.kind()).isEqualTo("company");
        assertThat(best.reasons()).extracting(Reasons.Reason::code).contains("technology", "certification", "region",
                "sme_class");
        assertThat(best.reasons()).extracting(r -> r.text().en()).contains("5-axis machining", "Osaka");
        assertThat(best.reasons()).extracting(r -> r.text().ja()).contains("5軸加工", "大阪府");
    }

    @Test
    void requiredCertificatesAreAMustAndOptionalOnesAPlus() {
        assertThat(recommend(firm, "need:" + strictNeed).items()).extracting(MatchService.Recommendation::id)
                .containsExactly(titaniumSme.user().companyId().toString());
    }

    @Test
    void anSmeGetsTheNeedsThatFitItAndNeedsItsCertificatesForStrictOnes() {
        List<String> forTitanium = recommend(titaniumSme, "company:" + titaniumSme.user().companyId()).items()
                .stream().map(MatchService.Recommendation::id).toList();
        assertThat(forTitanium).contains(need, strictNeed);
        List<String> forMoulds = recommend(mouldSme, "company:" + mouldSme.user().companyId()).items().stream()
                .map(MatchService.Recommendation::id).toList();
        assertThat(forMoulds).doesNotContain(strictNeed);
    }

    @Test
    void dismissedRecommendationsStayHiddenForThatUser() {
        AccountService.Session colleague = Accounts.signUp(client(), "LARGE_FIRM", "別の会社");
        String ownNeed = client().retrieve(postJson("/api/needs", """
                {"titles": {"en": "Press dies"}, "technologies": ["press-die", "titanium"]}""")
                .bearerAuth(colleague.token()), Map.class).get("id").toString();
        Indexing.settle(indexer, indexes);
        String mould = mouldSme.user().companyId().toString();
        assertThat(ids(recommend(colleague, "need:" + ownNeed))).contains(mould);
        feedback(colleague, "need:" + ownNeed, "company:" + mould, "NOT_RELEVANT");
        assertThat(ids(recommend(colleague, "need:" + ownNeed))).doesNotContain(mould);
        feedback(colleague, "need:" + ownNeed, "company:" + mould, "NONE");
        assertThat(ids(recommend(colleague, "need:" + ownNeed))).contains(mould);
    }

    @Test
    void aMatchBothSidesWantRanksAboveAOneSidedOne() {
        AccountService.Session buyer = Accounts.signUp(client(), "LARGE_FIRM", "相互商事");
        String ownNeed = client().retrieve(postJson("/api/needs", """
                {"titles": {"en": "Titanium machining"}, "technologies": ["titanium"]}""")
                .bearerAuth(buyer.token()), Map.class).get("id").toString();
        Indexing.settle(indexer, indexes);
        String titanium = titaniumSme.user().companyId().toString();
        String mould = mouldSme.user().companyId().toString();
        // the mould maker says it is interested in this need; the buyer says it is interested in the mould maker
        feedback(mouldSme, "company:" + mould, "need:" + ownNeed, "INTERESTED");
        feedback(buyer, "need:" + ownNeed, "company:" + mould, "INTERESTED");
        List<MatchService.Recommendation> items = recommend(buyer, "need:" + ownNeed).items();
        assertThat(ids(items).indexOf(mould)).isLessThan(ids(items).indexOf(titanium));
        MatchService.Recommendation mutual = items.get(ids(items).indexOf(mould));
        assertThat(mutual.mutual()).isTrue();
        assertThat(mutual.feedback()).isEqualTo("INTERESTED");
        assertThat(mutual.reasons().get(0).code()).isEqualTo("mutual");
    }

    @Test
    void feedbackIsRefusedOnRecordsTheRecommendationsCouldNeverShow() {
        AccountService.Session buyer = Accounts.signUp(client(), "LARGE_FIRM", "偽装商事");
        String ownNeed = client().retrieve(postJson("/api/needs", """
                {"titles": {"en": "Forged interest"}, "technologies": ["titanium"]}""")
                .bearerAuth(buyer.token()), Map.class).get("id").toString();
        String mould = mouldSme.user().companyId().toString();
        // a need's candidates are SMEs: not a large firm, not the firm itself, not a need, not a company that is none
        for (String candidate : List.of("company:" + firm.user().companyId(), "company:" + buyer.user().companyId(),
                "need:" + need, "company:" + java.util.UUID.randomUUID())) {
            Api.Result forged = send(client(), postJson("/api/recommendations/feedback", """
                    {"for": "need:%s", "candidate": "%s", "verdict": "INTERESTED"}""".formatted(ownNeed, candidate))
                    .bearerAuth(buyer.token()));
            assertThat(forged.status()).as(candidate).isEqualTo(400);
            assertThat(forged.hasFieldError("candidate")).isTrue();
        }
        // an SME's candidates are needs and listings of other companies, never other SMEs
        Api.Result smeOnSme = send(client(), postJson("/api/recommendations/feedback", """
                {"for": "company:%s", "candidate": "company:%s", "verdict": "INTERESTED"}"""
                .formatted(mould, titaniumSme.user().companyId())).bearerAuth(mouldSme.token()));
        assertThat(smeOnSme.status()).isEqualTo(400);
        feedback(buyer, "need:" + ownNeed, "company:" + mould, "INTERESTED"); // a real candidate is accepted
    }

    @Test
    void aListingIsRecommendedToCompaniesThatCouldUseIt() {
        String listing = client().retrieve(postJson("/api/capacities", """
                {"kind": "EQUIPMENT", "titles": {"en": "Spare 5-axis machining centre"},
                 "technologies": ["five-axis-machining"], "country": "JP", "region": "JP-27",
                 "availableFrom": "%s", "availableTo": "%s"}""".formatted(LocalDate.now(), LocalDate.now()
                .plusDays(90))).bearerAuth(firm.token()), Map.class).get("id").toString();
        Indexing.settle(indexer, indexes);
        assertThat(ids(recommend(firm, "capacity:" + listing))).startsWith(titaniumSme.user().companyId().toString());
        assertThat(recommend(titaniumSme, "company:" + titaniumSme.user().companyId()).items())
                .filteredOn(r -> r.id().equals(listing)).singleElement()
                .satisfies(r -> assertThat(r.reasons()).extracting(Reasons.Reason::code).contains("window"));
    }

    @Test
    void membersSeeRecommendationsForTheirOwnRecordsStaffForAny() {
        assertThat(send(client(), HttpRequest.GET("/api/recommendations?for=need:" + need)
                .bearerAuth(mouldSme.token())).status()).isEqualTo(403);
        assertThat(recommend(coordinator, "need:" + need).items()).isNotEmpty();
        assertThat(send(client(), HttpRequest.GET("/api/recommendations?for=need:" + need)).status()).isEqualTo(401);
        assertThat(send(client(), HttpRequest.GET("/api/recommendations?for=spaceship:1")
                .bearerAuth(coordinator.token())).status()).isEqualTo(400);
        assertThat(send(client(), HttpRequest.GET("/api/recommendations?for=need:" + java.util.UUID.randomUUID())
                .bearerAuth(coordinator.token())).status()).isEqualTo(404);
    }

    private void profile(AccountService.Session session, String json) {
        client().retrieve(io.musubi.testing.Api.putJson("/api/companies/" + session.user().companyId(), json)
                .bearerAuth(session.token()), Map.class);
    }

    private MatchService.Recommendations recommend(AccountService.Session session, String forRef) {
        return client().retrieve(HttpRequest.GET("/api/recommendations?size=20&for=" + forRef)
                .bearerAuth(session.token()), MatchService.Recommendations.class);
    }

    private void feedback(AccountService.Session session, String forRef, String candidate, String verdict) {
        client().exchange(postJson("/api/recommendations/feedback", """
                {"for": "%s", "candidate": "%s", "verdict": "%s"}""".formatted(forRef, candidate, verdict))
                .bearerAuth(session.token()));
    }

    private static List<String> ids(MatchService.Recommendations result) {
        return ids(result.items());
    }

    private static List<String> ids(List<MatchService.Recommendation> items) {
        return items.stream().map(MatchService.Recommendation::id).toList();
    }
}
