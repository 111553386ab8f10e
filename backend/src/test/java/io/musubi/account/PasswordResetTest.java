package io.musubi.account;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.platform.Sql;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api.Result;
import io.musubi.testing.Mails;
import io.musubi.testing.RealServices;
import io.musubi.testing.TestServices;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** "Forgot my password" end to end: the request, the mail read back from the SMTP server, the link followed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordResetTest implements RealServices {
    static final String NEW_PASSWORD = "新しい合言葉はとても長い";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;
    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions;

    BlockingHttpClient client;

    @BeforeAll
    void client() {
        client = http.toBlocking();
    }

    @Test
    void aResetMailInTheUsersLanguageLeadsToANewPasswordOnce() throws Exception {
        String email = signUp("zh", "王小明");
        assertThat(send(client, postJson("/api/auth/password-reset", "{\"email\": \"" + email + "\"}")).status())
                .isEqualTo(202);

        MimeMessage mail = Mails.awaitMailWithLink(TestServices.smtp(), email, "/reset-password?token=");
        assertThat(mail.getSubject()).isEqualTo("重置您的 Musubi 密码");
        assertThat(Mails.part(mail, "text/plain")).contains("王小明", "一小时内有效");
        assertThat(Mails.part(mail, "text/html")).contains("<html lang=\"zh\"", "设置新密码");
        String link = Mails.link(mail, "/reset-password?token=");
        String token = link.substring(link.indexOf("token=") + 6);

        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(Accounts.login(client, email, NEW_PASSWORD).user().email()).isEqualTo(email);
        assertThat(send(client, postJson("/api/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(email, Accounts.PASSWORD))).status()).isEqualTo(401);

        Result again = confirm(token, "また別のとても長い合言葉");
        assertThat(again.status()).as("a link works once").isEqualTo(400);
        assertThat(again.hasFieldError("token")).isTrue();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String known = signUp("en", "Known");
        Result forKnown = send(client, postJson("/api/auth/password-reset", "{\"email\": \"" + known + "\"}"));
        Result forUnknown = send(client, postJson("/api/auth/password-reset",
                "{\"email\": \"nobody-" + UUID.randomUUID() + "@test.example\"}"));
        assertThat(forUnknown.status()).isEqualTo(forKnown.status()).isEqualTo(202);
        assertThat(forUnknown.body()).isEqualTo(forKnown.body());
        // the known one's mail went out, so the unknown one had its turn
        Mails.awaitMailWithLink(TestServices.smtp(), known, "/reset-password?token=");
        long mailsToUnknown = transactions.executeRead(status -> sql.count(
                "SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE 'nobody-%'"));
        assertThat(mailsToUnknown).isZero();
    }

    @Test
    void anExpiredLinkOrAWeakPasswordIsRefusedAndChangesNothing() throws Exception {
        String email = signUp("ja", "期限 切れ子");
        send(client, postJson("/api/auth/password-reset", "{\"email\": \"" + email + "\"}"));
        MimeMessage mail = Mails.awaitMailWithLink(TestServices.smtp(), email, "/reset-password?token=");
        assertThat(mail.getSubject()).isEqualTo("Musubi のパスワード再設定");
        String link = Mails.link(mail, "/reset-password?token=");
        String token = link.substring(link.indexOf("token=") + 6);

        Result weak = confirm(token, "qwerty123456");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.hasFieldError("password")).isTrue();

        transactions.executeWrite(status -> sql.update(
                "UPDATE password_reset SET expires_at = now() - interval '1 minute'"));
        Result expired = confirm(token, NEW_PASSWORD);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.error().errors()).extracting(e -> e.code()).containsExactly("invalid_or_expired");
        assertThat(Accounts.login(client, email, Accounts.PASSWORD).user().email()).as("password unchanged")
                .isEqualTo(email);
    }

    @Test
    void whatPeopleTypedIsEscapedInTheHtmlPart() throws Exception {
        String email = signUp("en", "<img src=x onerror=alert(1)>");
        send(client, postJson("/api/auth/password-reset", "{\"email\": \"" + email + "\"}"));
        MimeMessage mail = Mails.awaitMailWithLink(TestServices.smtp(), email, "/reset-password?token=");
        assertThat(Mails.part(mail, "text/html")).contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img");
    }

    @Test
    void requestsForOneAddressAreThrottled() {
        String email = signUp("en", "Throttled");
        int last = 0;
        for (int i = 0; i < 4; i++) {
            last = send(client, postJson("/api/auth/password-reset", "{\"email\": \"" + email + "\"}")).status();
        }
        assertThat(last).as("the fourth request within the hour").isEqualTo(429);
    }

    private Result confirm(String token, String password) {
        return send(client, postJson("/api/auth/password-reset/confirm", """
                {"token": "%s", "password": "%s"}""".formatted(token, password)));
    }

    private String signUp(String language, String displayName) {
        String email = "r" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        client.exchange(postJson("/api/auth/signup", """
                {"email": "%s", "password": "%s", "displayName": "%s", "language": "%s",
                 "company": {"kind": "SME", "names": {"ja": "再設定工業"}, "country": "JP", "industry": "MANUFACTURING"}}
                """.formatted(email, Accounts.PASSWORD, displayName.replace("\"", "\\\""), language)));
        return email;
    }
}
