package io.musubi.account;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api.Result;
import io.musubi.testing.RealServices;
import io.musubi.testing.Tokens;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Issue 12: logout and password changes end every earlier token at once; a token of nobody is refused. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenRevocationTest implements RealServices {
    static final String NEW_PASSWORD = "まったく新しい長い合言葉";

    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;

    @BeforeAll
    void client() {
        client = http.toBlocking();
    }

    @Test
    void afterLogoutEveryEarlierTokenOfTheUserGets401() {
        AccountService.Session first = Accounts.signUp(client, "SME", "ログアウト工業");
        AccountService.Session second = Accounts.login(client, first.user().email(), Accounts.PASSWORD);
        assertThat(me(first.token()).status()).isEqualTo(200);

        assertThat(send(client, postJson("/api/auth/logout", "{}").bearerAuth(first.token())).status())
                .isEqualTo(204);
        Result afterLogout = me(first.token());
        assertThat(afterLogout.status()).isEqualTo(401);
        assertThat(afterLogout.error().error()).isEqualTo("token_revoked");
        assertThat(me(second.token()).status()).as("the other device's token too").isEqualTo(401);

        AccountService.Session again = Accounts.login(client, first.user().email(), Accounts.PASSWORD);
        assertThat(me(again.token()).status()).isEqualTo(200);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentOneEndsOldTokensAndAnswersWithANewOne() {
        AccountService.Session session = Accounts.signUp(client, "SME", "変更工業");
        Result wrong = send(client, postJson("/api/auth/password", """
                {"currentPassword": "not the password at all", "newPassword": "%s"}""".formatted(NEW_PASSWORD))
                .bearerAuth(session.token()));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.hasFieldError("currentPassword")).isTrue();
        Result weak = send(client, postJson("/api/auth/password", """
                {"currentPassword": "%s", "newPassword": "qwerty123456"}""".formatted(Accounts.PASSWORD))
                .bearerAuth(session.token()));
        assertThat(weak.hasFieldError("newPassword")).isTrue();
        assertThat(me(session.token()).status()).as("refusals change nothing").isEqualTo(200);

        AccountService.Session changed = client.retrieve(postJson("/api/auth/password", """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(Accounts.PASSWORD, NEW_PASSWORD))
                .bearerAuth(session.token()), AccountService.Session.class);
        assertThat(me(session.token()).status()).isEqualTo(401);
        assertThat(me(changed.token()).status()).isEqualTo(200);
        assertThat(Accounts.login(client, session.user().email(), NEW_PASSWORD).user().id())
                .isEqualTo(session.user().id());
    }

    @Test
    void aCorrectlySignedTokenOfAUserWhoDoesNotExistIsRefused() {
        String forged = Tokens.of(UUID.randomUUID(), Role.ADMIN, null);
        Result result = send(client, HttpRequest.GET("/api/companies/export.csv").bearerAuth(forged));
        assertThat(result.status()).isEqualTo(401);
        assertThat(me(forged).status()).isEqualTo(401);
    }

    private Result me(String token) {
        return send(client, HttpRequest.GET("/api/auth/me").bearerAuth(token));
    }
}
