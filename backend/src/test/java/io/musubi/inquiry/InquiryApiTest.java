package io.musubi.inquiry;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.testing.Accounts;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryApiTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;
    AccountService.Session firm;
    AccountService.Session sme;
    AccountService.Session outsider;

    @BeforeAll
    void accounts() {
        client = http.toBlocking();
        firm = Accounts.signUp(client, "LARGE_FIRM", "大和重工業");
        sme = Accounts.signUp(client, "SME", "林精密工業");
        outsider = Accounts.signUp(client, "SME", "部外者工業");
    }

    @Test
    void aBuyerAsksAboutAProfileAndTheSmeSeesItUnreadAnswersAndTheBuyerSeesTheAnswer() {
        AccountService.Session firm = Accounts.signUp(client, "LARGE_FIRM", "大和重工業");
        AccountService.Session sme = Accounts.signUp(client, "SME", "林精密工業");
        InquiryViews.Thread thread = client.retrieve(postJson("/api/inquiries", """
                {"subjectType": "COMPANY", "subjectId": "%s", "message": "5軸加工の見積をお願いします"}"""
                .formatted(sme.user().companyId())).bearerAuth(firm.token()), InquiryViews.Thread.class);
        assertThat(thread.status()).isEqualTo("OPEN");
        assertThat(thread.outgoing()).isTrue();
        assertThat(thread.counterpart().names().ja()).isEqualTo("林精密工業");

        InquiryViews.Inbox smeInbox = inbox(sme);
        assertThat(smeInbox.unreadTotal()).isEqualTo(1);
        InquiryViews.Summary summary = smeInbox.items().stream().filter(s -> s.id().equals(thread.id()))
                .findFirst().orElseThrow();
        assertThat(summary.unread()).isEqualTo(1);
        assertThat(summary.outgoing()).isFalse();
        assertThat(summary.subject().titles().ja()).isEqualTo("林精密工業");
        assertThat(inbox(firm).unreadTotal()).isZero();

        InquiryViews.Thread read = client.retrieve(HttpRequest.GET("/api/inquiries/" + thread.id())
                .bearerAuth(sme.token()), InquiryViews.Thread.class);
        assertThat(read.messages()).hasSize(1);
        assertThat(read.messages().get(0).mine()).isFalse();
        assertThat(inbox(sme).unreadTotal()).isZero();

        client.retrieve(postJson("/api/inquiries/" + thread.id() + "/messages", """
                {"body": "承知しました。図面をお送りください。"}""").bearerAuth(sme.token()), String.class);
        InquiryViews.Inbox firmInbox = inbox(firm);
        assertThat(firmInbox.unreadTotal()).isEqualTo(1);
        assertThat(firmInbox.items().get(0).status()).isEqualTo("ANSWERED");
        assertThat(client.retrieve(HttpRequest.GET("/api/inquiries/unread").bearerAuth(firm.token()),
                InquiryViews.Unread.class).count()).isEqualTo(1);
    }

    @Test
    void onlyTheTwoCompaniesSeeAThread() {
        InquiryViews.Thread thread = client.retrieve(postJson("/api/inquiries", """
                {"subjectType": "COMPANY", "subjectId": "%s", "message": "private"}"""
                .formatted(sme.user().companyId())).bearerAuth(firm.token()), InquiryViews.Thread.class);
        assertThat(send(client, HttpRequest.GET("/api/inquiries/" + thread.id()).bearerAuth(outsider.token()))
                .status()).isEqualTo(404);
        assertThat(send(client, postJson("/api/inquiries/" + thread.id() + "/messages", "{\"body\": \"hi\"}")
                .bearerAuth(outsider.token())).status()).isEqualTo(404);
        assertThat(inbox(outsider).items()).extracting(InquiryViews.Summary::id).doesNotContain(thread.id());
        assertThat(send(client, HttpRequest.GET("/api/inquiries/" + thread.id())).status()).isEqualTo(401);
    }

    @Test
    void theFirmBehindAnAnonymousNeedStaysHiddenUntilItReplies() {
        Map<?, ?> need = client.retrieve(postJson("/api/needs", """
                {"titles": {"en": "Anonymous need"}, "anonymous": true}""").bearerAuth(firm.token()), Map.class);
        InquiryViews.Thread thread = client.retrieve(postJson("/api/inquiries", """
                {"subjectType": "NEED", "subjectId": "%s", "message": "We can do this"}""".formatted(need.get("id")))
                .bearerAuth(sme.token()), InquiryViews.Thread.class);
        assertThat(thread.counterpart()).isNull();
        assertThat(inbox(sme).items().stream().filter(s -> s.id().equals(thread.id())).findFirst().orElseThrow()
                .counterpart()).isNull();
        InquiryViews.Thread firmView = client.retrieve(HttpRequest.GET("/api/inquiries/" + thread.id())
                .bearerAuth(firm.token()), InquiryViews.Thread.class);
        assertThat(firmView.counterpart().names().ja()).isEqualTo("林精密工業");

        client.retrieve(postJson("/api/inquiries/" + thread.id() + "/messages", "{\"body\": \"Thanks, let's talk\"}")
                .bearerAuth(firm.token()), String.class);
        InquiryViews.Thread revealed = client.retrieve(HttpRequest.GET("/api/inquiries/" + thread.id())
                .bearerAuth(sme.token()), InquiryViews.Thread.class);
        assertThat(revealed.counterpart().names().ja()).isEqualTo("大和重工業");
    }

    @Test
    void aClosedThreadTakesNoMoreMessagesAndNobodyInquiresOfThemselves() {
        InquiryViews.Thread thread = client.retrieve(postJson("/api/inquiries", """
                {"subjectType": "COMPANY", "subjectId": "%s", "message": "hello"}"""
                .formatted(firm.user().companyId())).bearerAuth(sme.token()), InquiryViews.Thread.class);
        InquiryViews.Thread closed = client.retrieve(postJson("/api/inquiries/" + thread.id() + "/close", "{}")
                .bearerAuth(firm.token()), InquiryViews.Thread.class);
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(send(client, postJson("/api/inquiries/" + thread.id() + "/messages", "{\"body\": \"again\"}")
                .bearerAuth(sme.token())).status()).isEqualTo(409);
        var own = send(client, postJson("/api/inquiries", """
                {"subjectType": "COMPANY", "subjectId": "%s", "message": "me"}""".formatted(sme.user().companyId()))
                .bearerAuth(sme.token()));
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.hasFieldError("subjectId")).isTrue();
    }

    @Test
    void messagesAreStoredAsTheyWereWrittenScriptsIncluded() {
        String script = "<script>alert(1)</script> & <b>bold</b>";
        InquiryViews.Thread thread = client.retrieve(postJson("/api/inquiries", """
                {"subjectType": "COMPANY", "subjectId": "%s", "message": "%s"}"""
                .formatted(firm.user().companyId(), script)).bearerAuth(sme.token()), InquiryViews.Thread.class);
        assertThat(thread.messages().get(0).body()).isEqualTo(script);
    }

    private InquiryViews.Inbox inbox(AccountService.Session session) {
        return client.retrieve(HttpRequest.GET("/api/inquiries").bearerAuth(session.token()),
                InquiryViews.Inbox.class);
    }
}
