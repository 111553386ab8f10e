package io.musubi.introduction;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.ApiAsUsers;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class IntroductionApiTest extends ApiAsUsers {

    AccountService.Session coordinator;
    AccountService.Session otherCoordinator;
    AccountService.Session sme;
    AccountService.Session firm;
    AccountService.Session outsider;

    @BeforeAll
    void people() {
        coordinator = Accounts.staff(accounts, client, Role.COORDINATOR);
        otherCoordinator = Accounts.staff(accounts, client, Role.COORDINATOR);
        sme = Accounts.signUp(client, "SME", "林精密工業");
        firm = Accounts.signUp(client, "LARGE_FIRM", "大和重工業");
        outsider = Accounts.signUp(client, "SME", "部外者");
    }

    @Test
    void aCoordinatorIntroducesTwoCompaniesAndFollowsItUpToADeal() {
        IntroductionService.View made = client.retrieve(postJson("/api/introductions", """
                {"companyA": "%s", "companyB": "%s", "note": "5軸加工の件でご紹介"}"""
                .formatted(firm.user().companyId(), sme.user().companyId())).bearerAuth(coordinator.token()),
                IntroductionService.View.class);
        assertThat(made.status()).isEqualTo("INTRODUCED");
        assertThat(made.companyB().names().ja()).isEqualTo("林精密工業");
        for (String status : List.of("MEETING_HELD", "NEGOTIATING", "DEAL")) {
            made = client.retrieve(postJson("/api/introductions/" + made.id() + "/status", """
                    {"status": "%s", "note": "%s"}""".formatted(status, status.toLowerCase()))
                    .bearerAuth(coordinator.token()), IntroductionService.View.class);
        }
        assertThat(made.status()).isEqualTo("DEAL");
        assertThat(made.history()).extracting(IntroductionService.Event::status)
                .containsExactly("INTRODUCED", "MEETING_HELD", "NEGOTIATING", "DEAL");
        String id = made.id().toString();
        assertThat(list(coordinator)).extracting(v -> v.id().toString()).contains(id);
        assertThat(list(sme)).extracting(v -> v.id().toString()).contains(id);
        assertThat(list(firm)).extracting(v -> v.id().toString()).contains(id);
        assertThat(list(outsider)).extracting(v -> v.id().toString()).doesNotContain(id);
        assertThat(list(otherCoordinator)).extracting(v -> v.id().toString()).doesNotContain(id);
    }

    @Test
    void onlyCoordinatorsIntroduceAndOnlyTheirOwnIntroductionsChange() {
        String body = """
                {"companyA": "%s", "companyB": "%s"}""".formatted(firm.user().companyId(), sme.user().companyId());
        assertThat(send(client, postJson("/api/introductions", body).bearerAuth(sme.token())).status()).isEqualTo(403);
        IntroductionService.View made = client.retrieve(postJson("/api/introductions", body)
                .bearerAuth(coordinator.token()), IntroductionService.View.class);
        assertThat(send(client, postJson("/api/introductions/" + made.id() + "/status", "{\"status\": \"DEAL\"}")
                .bearerAuth(otherCoordinator.token())).status()).isEqualTo(403);
        assertThat(send(client, postJson("/api/introductions/" + made.id() + "/status", "{\"status\": \"WON\"}")
                .bearerAuth(coordinator.token())).status()).isEqualTo(400);
        assertThat(send(client, postJson("/api/introductions", """
                {"companyA": "%s", "companyB": "%s"}""".formatted(sme.user().companyId(), sme.user().companyId()))
                .bearerAuth(coordinator.token())).status()).isEqualTo(400);
    }

    @Test
    void anIntroductionAboutAnAnonymousNeedNamesTheFirmToTheSmeOnlyAfterTheFirmAccepts() {
        String needId = client.retrieve(postJson("/api/needs", """
                {"titles": {"ja": "極秘の試作部品"}, "technologies": ["five-axis-machining"], "anonymous": true}""")
                .bearerAuth(firm.token()), java.util.Map.class).get("id").toString();
        IntroductionService.View made = client.retrieve(postJson("/api/introductions", """
                {"companyA": "%s", "companyB": "%s", "needId": "%s"}""".formatted(firm.user().companyId(),
                sme.user().companyId(), needId)).bearerAuth(coordinator.token()), IntroductionService.View.class);
        assertThat(made.firmConsent()).isEqualTo("PENDING");
        assertThat(made.companyA().id()).as("the coordinator sees both").isEqualTo(firm.user().companyId());

        IntroductionService.View seenBySme = find(sme, made.id());
        assertThat(seenBySme.companyA()).as("the firm is not named to the SME yet").isNull();
        assertThat(seenBySme.toString()).doesNotContain(firm.user().companyId().toString(), "大和重工業");
        assertThat(seenBySme.mayAnswerConsent()).isFalse();
        IntroductionService.View seenByFirm = find(firm, made.id());
        assertThat(seenByFirm.mayAnswerConsent()).isTrue();
        assertThat(seenByFirm.companyB().id()).isEqualTo(sme.user().companyId());

        // only the firm answers, and once
        assertThat(send(client, postJson("/api/introductions/" + made.id() + "/consent", "{\"accept\": true}")
                .bearerAuth(sme.token())).status()).isEqualTo(403);
        assertThat(send(client, postJson("/api/introductions/" + made.id() + "/consent", "{}")
                .bearerAuth(firm.token())).status()).isEqualTo(400);
        client.retrieve(postJson("/api/introductions/" + made.id() + "/consent", "{\"accept\": true}")
                .bearerAuth(firm.token()), IntroductionService.View.class);
        assertThat(send(client, postJson("/api/introductions/" + made.id() + "/consent", "{\"accept\": false}")
                .bearerAuth(firm.token())).status()).isEqualTo(409);

        IntroductionService.View afterConsent = find(sme, made.id());
        assertThat(afterConsent.firmConsent()).isEqualTo("ACCEPTED");
        assertThat(afterConsent.companyA().names().ja()).isEqualTo("大和重工業");
    }

    @Test
    void aFirmThatDeclinesStaysUnnamedAndAnIntroductionWithoutAnAnonymousNeedNeedsNoConsent() {
        String needId = client.retrieve(postJson("/api/needs", """
                {"titles": {"ja": "非公開の需要"}, "technologies": ["titanium"], "anonymous": true}""")
                .bearerAuth(firm.token()), java.util.Map.class).get("id").toString();
        IntroductionService.View made = client.retrieve(postJson("/api/introductions", """
                {"companyA": "%s", "companyB": "%s", "needId": "%s"}""".formatted(sme.user().companyId(),
                firm.user().companyId(), needId)).bearerAuth(coordinator.token()), IntroductionService.View.class);
        client.retrieve(postJson("/api/introductions/" + made.id() + "/consent", "{\"accept\": false}")
                .bearerAuth(firm.token()), IntroductionService.View.class);
        IntroductionService.View seenBySme = find(sme, made.id());
        assertThat(seenBySme.firmConsent()).isEqualTo("DECLINED");
        assertThat(seenBySme.companyB()).isNull();

        IntroductionService.View open = client.retrieve(postJson("/api/introductions", """
                {"companyA": "%s", "companyB": "%s"}""".formatted(firm.user().companyId(), sme.user().companyId()))
                .bearerAuth(coordinator.token()), IntroductionService.View.class);
        assertThat(open.firmConsent()).isNull();
        assertThat(send(client, postJson("/api/introductions/" + open.id() + "/consent", "{\"accept\": true}")
                .bearerAuth(firm.token())).status()).isEqualTo(409);
    }

    private IntroductionService.View find(AccountService.Session session, java.util.UUID id) {
        return list(session).stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private List<IntroductionService.View> list(AccountService.Session session) {
        return client.retrieve(HttpRequest.GET("/api/introductions").bearerAuth(session.token()),
                Argument.listOf(IntroductionService.View.class));
    }
}
