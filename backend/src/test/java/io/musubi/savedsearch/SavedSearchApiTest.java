package io.musubi.savedsearch;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import io.musubi.testing.ApiAndIndex;
import io.musubi.testing.IndexedByHand;
import io.musubi.testing.Indexing;
import io.musubi.testing.MutableClock;
import io.musubi.testing.Notices;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a user saves a search; a company that matches it later comes as one notification of new results at the
 * next run (never what the search showed already); saved searches are their owner's alone.
 */
@MicronautTest(transactional = false)
class SavedSearchApiTest extends ApiAndIndex implements IndexedByHand {
    private static final String QUERY = "q=%E3%83%81%E3%82%BF%E3%83%B3%E5%90%88%E9%87%91&kind=company&country=JP";

    @Inject
    MutableClock clock;
    @Inject
    SavedSearchAlerts alerts;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMatchingCompanyThatSignsUpLaterComesAsNewResultsOnce() {
        AccountService.Session buyer = Accounts.signUp(client(), "LARGE_FIRM", "保存検索重工");
        create("チタン合金の切削なら関西チタン工業");
        Indexing.settle(indexer, indexes);
        Map<String, Object> saved = client().retrieve(postJson("/api/saved-searches", """
                {"name": "チタン加工", "query": "?%s&page=2", "frequency": "DAILY"}""".formatted(QUERY))
                .bearerAuth(buyer.token()), Map.class);
        assertThat(saved.get("query")).isEqualTo(QUERY + "&page=2");

        String newcomer = create("チタン合金の精密加工を始めた新星チタン");
        Indexing.settle(indexer, indexes);
        alerts.runDue();
        assertThat(Notices.ofType(client(), buyer, "SAVED_SEARCH")).as("not due before a day").isEmpty();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        alerts.runDue();
        List<Map<String, Object>> told = Notices.ofType(client(), buyer, "SAVED_SEARCH");
        assertThat(told).hasSize(1);
        assertThat(Notices.text(told.get(0), "title", "ja")).isEqualTo("「チタン加工」の新着 1 件");
        assertThat(told.get(0).get("link")).isEqualTo("/?" + QUERY + "&page=2");
        assertThat(newcomer).isNotBlank();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        alerts.runDue();
        assertThat(Notices.ofType(client(), buyer, "SAVED_SEARCH")).as("nothing new, nothing told").hasSize(1);
        List<Map<String, Object>> mine = mine(buyer);
        assertThat(mine).extracting(m -> m.get("lastRunAt")).doesNotContainNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void savedSearchesAreTheirOwnersAloneAndBadOnesAreRefusedNamingTheField() {
        AccountService.Session owner = Accounts.signUp(client(), "SME", "保存検索精密");
        AccountService.Session other = Accounts.signUp(client(), "SME", "他人精密");
        String id = client().retrieve(postJson("/api/saved-searches", """
                {"name": "金型", "query": "q=%E9%87%91%E5%9E%8B", "frequency": "WEEKLY"}""")
                .bearerAuth(owner.token()), Map.class).get("id").toString();
        assertThat(mine(other)).isEmpty();
        assertThat(send(client(), HttpRequest.DELETE("/api/saved-searches/" + id).bearerAuth(other.token()))
                .status()).isEqualTo(404);

        assertField(owner, "{\"name\": \"\", \"query\": \"q=x\", \"frequency\": \"DAILY\"}", "name");
        assertField(owner, "{\"name\": \"x\", \"query\": \"colour=red\", \"frequency\": \"DAILY\"}", "query");
        assertField(owner, "{\"name\": \"x\", \"query\": \"kind=spaceship\", \"frequency\": \"DAILY\"}", "kind");
        assertField(owner, "{\"name\": \"x\", \"query\": \"q=x\", \"frequency\": \"HOURLY\"}", "frequency");
        assertThat(send(client(), HttpRequest.GET("/api/saved-searches")).status()).isEqualTo(401);

        assertThat(send(client(), HttpRequest.DELETE("/api/saved-searches/" + id).bearerAuth(owner.token()))
                .status()).isEqualTo(204);
        assertThat(mine(owner)).isEmpty();
    }

    private List<Map<String, Object>> mine(AccountService.Session who) {
        return client().retrieve(HttpRequest.GET("/api/saved-searches").bearerAuth(who.token()),
                io.micronaut.core.type.Argument.listOf(Api.jsonObject()));
    }

    private void assertField(AccountService.Session who, String body, String field) {
        Api.Result result = send(client(), postJson("/api/saved-searches", body).bearerAuth(who.token()));
        assertThat(result.status()).as(body + " → " + result.body()).isEqualTo(400);
        assertThat(result.body()).contains("\"" + field);
    }

    private String create(String description) {
        return Api.adminCreate(client(), "/api/companies", """
                {"names": {"ja": "%s"}, "descriptions": {"ja": "%s"}, "country": "JP", "region": "JP-27",
                 "industry": "MANUFACTURING"}""".formatted(description.substring(description.length() - 6),
                description));
    }
}
