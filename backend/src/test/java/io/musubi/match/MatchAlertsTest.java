package io.musubi.match;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.platform.Sql;
import io.musubi.testing.Accounts;
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
 * Issue 15: new records are news for what they fit, once, in the daily digest: a new need for the SMEs that could
 * answer it, a new SME for the open needs it could answer; a large firm is no supplier news, an old record no news.
 */
@MicronautTest(transactional = false)
class MatchAlertsTest extends ApiAndIndex implements IndexedByHand {
    @Inject
    MutableClock clock;
    @Inject
    MatchAlerts alerts;
    @Inject
    Sql sql;


    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void newNeedsAndNewSuppliersAreToldToWhatTheyFitOnceADay() {
        AccountService.Session established = Accounts.signUp(client(), "SME", "老舗チタン精工");
        profile(established, "老舗チタン精工", "チタン合金の5軸加工");
        AccountService.Session firm = Accounts.signUp(client(), "LARGE_FIRM", "既存ニーズ重工");
        String oldNeed = need(firm, "チタン製ブラケットの5軸加工");
        AccountService.Session unrelated = Accounts.signUp(client(), "SME", "無関係食品");
        Indexing.settle(indexer, indexes);
        sql.update("UPDATE match_alert_run SET covered_until = ?, covered_id = '', next_run_at = ?", clock.instant(),
                clock.instant());

        AccountService.Session newcomer = Accounts.signUp(client(), "SME", "新星チタン工業");
        profile(newcomer, "新星チタン工業", "チタン部品の5軸加工を始めました");
        Accounts.signUp(client(), "LARGE_FIRM", "新規大手チタン");
        AccountService.Session buyer = Accounts.signUp(client(), "LARGE_FIRM", "新規ニーズ航空");
        String newNeed = need(buyer, "チタン合金タービン部品の試作");
        Indexing.settle(indexer, indexes);
        alerts.alertDue();
        assertThat(Notices.ofType(client(), firm, "NEW_SUPPLIERS")).as("records settle for five minutes: "
                + "they are news at the next day's run").isEmpty();

        clock.advance(Duration.ofDays(1));
        alerts.alertDue();
        List<Map<String, Object>> suppliers = Notices.ofType(client(), firm, "NEW_SUPPLIERS");
        assertThat(suppliers).hasSize(1);
        assertThat(Notices.text(suppliers.get(0), "title", "ja"))
                .isEqualTo("ニーズ「チタン製ブラケットの5軸加工」に合う新しい企業が 1 社あります");
        assertThat(Notices.text(suppliers.get(0), "body", "en")).contains("新星チタン工業")
                .doesNotContain("新規大手チタン");
        assertThat(suppliers.get(0).get("link")).isEqualTo("/needs/" + oldNeed);
        assertThat(Notices.ofType(client(), buyer, "NEW_SUPPLIERS")).as("the newcomer fits the new need too")
                .hasSize(1);

        for (AccountService.Session sme : List.of(established, newcomer)) {
            List<Map<String, Object>> opportunities = Notices.ofType(client(), sme, "NEW_OPPORTUNITIES");
            assertThat(opportunities).as("the new need, for " + sme.user().email()).hasSize(1);
            assertThat(Notices.text(opportunities.get(0), "body", "ja")).contains("チタン合金タービン部品の試作")
                    .doesNotContain("チタン製ブラケットの5軸加工");
            assertThat(opportunities.get(0).get("link")).isEqualTo("/companies/" + sme.user().companyId());
        }
        assertThat(Notices.ofType(client(), unrelated, "NEW_OPPORTUNITIES")).isEmpty();
        assertThat(sql.count("SELECT COUNT(*) FROM notification WHERE type IN ('NEW_SUPPLIERS', "
                + "'NEW_OPPORTUNITIES') AND (delivery <> 'DAILY' OR mailed_at IS NOT NULL)"))
                .as("in the daily digest, never a mail per match").isZero();

        clock.advance(Duration.ofDays(1));
        alerts.alertDue();
        assertThat(Notices.ofType(client(), firm, "NEW_SUPPLIERS")).as("nothing new, nothing told").hasSize(1);
        assertThat(newNeed).isNotBlank();
    }

    private void profile(AccountService.Session session, String name, String description) {
        client().retrieve(putJson("/api/companies/" + session.user().companyId(), """
                {"names": {"ja": "%s"}, "descriptions": {"ja": "%s"}, "technologies": ["five-axis-machining",
                 "titanium"], "country": "JP", "region": "JP-27", "industry": "MANUFACTURING"}"""
                .formatted(name, description)).bearerAuth(session.token()), Map.class);
    }

    private String need(AccountService.Session firm, String title) {
        return client().retrieve(postJson("/api/needs", """
                {"titles": {"ja": "%s"}, "technologies": ["five-axis-machining", "titanium"]}""".formatted(title))
                .bearerAuth(firm.token()), Map.class).get("id").toString();
    }
}
