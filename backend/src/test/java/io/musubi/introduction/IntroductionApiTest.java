package io.musubi.introduction;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntroductionApiTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AccountService accounts;

    BlockingHttpClient client;
    AccountService.Session coordinator;
    AccountService.Session otherCoordinator;
    AccountService.Session sme;
    AccountService.Session firm;
    AccountService.Session outsider;

    @BeforeAll
    void people() {
        client = http.toBlocking();
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

    private List<IntroductionService.View> list(AccountService.Session session) {
        return client.retrieve(HttpRequest.GET("/api/introductions").bearerAuth(session.token()),
                Argument.listOf(IntroductionService.View.class));
    }
}
