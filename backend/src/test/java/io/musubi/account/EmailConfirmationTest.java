package io.musubi.account;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api.Result;
import io.musubi.testing.Mails;
import io.musubi.testing.ManySignUps;
import io.musubi.testing.TestServices;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 12: sign-up mails a confirmation link; until it is followed the account edits its own profile but writes to
 * no other company (403 email_unconfirmed); "send again" is limited.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailConfirmationTest implements ManySignUps {
    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;

    @BeforeEach
    void setUp() {
        client = http.toBlocking();
    }

    @Test
    void anUnconfirmedAccountEditsItsProfileButSendsNothingUntilItFollowsTheLink() {
        AccountService.Session firm = Accounts.signUpUnconfirmed(client, "LARGE_FIRM", "未確認重工");
        AccountService.Session sme = Accounts.signUp(client, "SME", "確認済精密");
        assertThat(firm.user().emailConfirmed()).isFalse();
        assertThat(sme.user().emailConfirmed()).isTrue();

        assertThat(send(client, putJson("/api/companies/" + firm.user().companyId(), """
                {"kind": "LARGE_FIRM", "names": {"ja": "未確認重工"}, "country": "JP", "industry": "MANUFACTURING"}""")
                .bearerAuth(firm.token())).status()).isEqualTo(200);
        Result refused = send(client, inquiry(sme).bearerAuth(firm.token()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error().error()).isEqualTo("email_unconfirmed");
        long threads = inbox(sme);

        MimeMessage mail = Mails.awaitMailWithLink(TestServices.smtp(), firm.user().email(), "/confirm-email?token=");
        assertThat(Mails.subject(mail)).isEqualTo("Musubi のメールアドレス確認");
        String link = Mails.link(mail, "/confirm-email?token=");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(confirm(token).status()).isEqualTo(204);
        assertThat(confirm(token).status()).as("a link works once").isEqualTo(400);

        assertThat(send(client, inquiry(sme).bearerAuth(firm.token())).status()).as("the same token, confirmed now")
                .isEqualTo(201);
        assertThat(inbox(sme)).isEqualTo(threads + 1);
        AccountService.UserView me = client.retrieve(HttpRequest.GET("/api/auth/me").bearerAuth(firm.token()),
                AccountService.UserView.class);
        assertThat(me.emailConfirmed()).isTrue();
    }

    @Test
    void sendAgainMailsANewLinkThreeTimesAnHourAndTheOldLinksStillWork() {
        AccountService.Session session = Accounts.signUpUnconfirmed(client, "SME", "再送工業");
        String email = session.user().email();
        Mails.awaitMailWithLink(TestServices.smtp(), email, "/confirm-email?token=");
        for (int i = 0; i < EmailConfirmations.RESENDS_PER_HOUR; i++) {
            assertThat(resend(session).status()).isEqualTo(202);
        }
        Result fourth = resend(session);
        assertThat(fourth.status()).isEqualTo(429);
        Mails.awaitMailCount(TestServices.smtp(), email, 1 + EmailConfirmations.RESENDS_PER_HOUR);

        String first = Mails.link(Mails.to(TestServices.smtp(), email).get(0), "/confirm-email?token=");
        assertThat(confirm(first.substring(first.indexOf("token=") + 6)).status()).isEqualTo(204);
        assertThat(resend(session).status()).as("nothing to send once confirmed").isEqualTo(202);
    }

    @Test
    void anUnknownTokenIsRefusedNamingTheField() {
        Result unknown = confirm("not-a-token");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.hasFieldError("token")).isTrue();
        assertThat(send(client, postJson("/api/auth/confirm-email/resend", "{}")).status()).isEqualTo(401);
    }

    private io.micronaut.http.MutableHttpRequest<String> inquiry(AccountService.Session to) {
        return postJson("/api/inquiries", """
                {"subjectType": "COMPANY", "subjectId": "%s", "message": "5軸加工の見積をお願いします"}"""
                .formatted(to.user().companyId()));
    }

    private long inbox(AccountService.Session session) {
        String body = client.retrieve(HttpRequest.GET("/api/inquiries").bearerAuth(session.token()), String.class);
        return body.split("\"outgoing\"").length - 1;
    }

    private Result confirm(String token) {
        return send(client, postJson("/api/auth/confirm-email", "{\"token\": \"" + token + "\"}"));
    }

    private Result resend(AccountService.Session session) {
        return send(client, postJson("/api/auth/confirm-email/resend", "{}").bearerAuth(session.token()));
    }
}
