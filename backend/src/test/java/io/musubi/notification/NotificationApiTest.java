package io.musubi.notification;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import io.musubi.testing.ApiAsUsers;
import io.musubi.testing.Mails;
import io.musubi.testing.ManySignUps;
import io.musubi.testing.Notices;
import io.musubi.testing.TestServices;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a change that concerns a company tells its members in the notification centre and, by each member's
 * choice, by mail in their language with a one-click unsubscribe link; nobody reads another's notifications.
 */
@MicronautTest(transactional = false)
class NotificationApiTest extends ApiAsUsers implements ManySignUps {
    @Inject
    Notifications notifications;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void anInquiryAndItsAnswerTellTheOtherCompanyInTheAppAndByMailInTheReadersLanguage() throws Exception {
        AccountService.Session firm = Accounts.signUp(client, "LARGE_FIRM", "大和重工業");
        AccountService.Session sme = Accounts.signUp(client, "SME", "林精密工業");
        client.exchange(putJson("/api/account/settings", "{\"language\": \"en\"}").bearerAuth(sme.token()));

        String thread = inquiry(firm, sme, "5軸加工の見積をお願いします");
        Map<String, Object> received = Notices.latest(client, sme, "INQUIRY_RECEIVED");
        assertThat(Notices.text(received, "title", "ja")).isEqualTo("大和重工業 から問い合わせが届きました");
        assertThat(Notices.text(received, "title", "en")).isEqualTo("Inquiry from 大和重工業");
        assertThat(Notices.text(received, "body", "zh")).isEqualTo("5軸加工の見積をお願いします");
        assertThat(received.get("link")).isEqualTo("/inbox/" + thread);
        assertThat(received.get("readAt")).isNull();
        assertThat(Notices.unread(client, sme)).isEqualTo(1);
        assertThat(Notices.ofType(client, firm, "INQUIRY_RECEIVED")).as("the sender is not told").isEmpty();

        MimeMessage mail = Mails.awaitMailWithLink(TestServices.smtp(), sme.user().email(), "/inbox/" + thread);
        assertThat(Mails.subject(mail)).as("in the reader's language").isEqualTo("Inquiry from 大和重工業");
        assertThat(Mails.part(mail, "text/plain")).contains("5軸加工の見積をお願いします", "/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<https?://\\S+/api/notifications/unsubscribe"
                + "\\?token=\\S+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        client.exchange(postJson("/api/inquiries/" + thread + "/messages", "{\"body\": \"図面をお送りください\"}")
                .bearerAuth(sme.token()));
        Map<String, Object> answered = Notices.latest(client, firm, "INQUIRY_ANSWERED");
        assertThat(Notices.text(answered, "title", "ja")).isEqualTo("林精密工業 から問い合わせへの回答が届きました");
        MimeMessage answer = Mails.awaitMailWithSubject(TestServices.smtp(), firm.user().email(), "林精密工業");
        assertThat(Mails.subject(answer)).as("the firm's language is ja").contains("回答");
    }

    @Test
    void aUserMarksTheirOwnNotificationsReadAndNobodyElses() {
        AccountService.Session firm = Accounts.signUp(client, "LARGE_FIRM", "既読重工");
        AccountService.Session sme = Accounts.signUp(client, "SME", "既読精密");
        AccountService.Session other = Accounts.signUp(client, "SME", "別件工業");
        inquiry(firm, sme, "一件目");
        inquiry(firm, sme, "二件目");
        inquiry(firm, other, "別の会社へ");
        String othersId = (String) Notices.latest(client, other, "INQUIRY_RECEIVED").get("id");
        String mine = (String) Notices.latest(client, sme, "INQUIRY_RECEIVED").get("id");

        assertThat(Notices.ofType(client, sme, "INQUIRY_RECEIVED")).extracting(n -> n.get("id"))
                .doesNotContain(othersId);
        Map<String, Object> after = read(sme, "{\"ids\": [\"%s\", \"%s\"]}".formatted(mine, othersId));
        assertThat(after.get("unread")).isEqualTo(1);
        assertThat(Notices.unread(client, other)).as("another's id changes nothing").isEqualTo(1);
        assertThat(read(sme, "{\"all\": true}").get("unread")).isEqualTo(0);

        Api.Result neither = send(client, postJson("/api/notifications/read", "{}").bearerAuth(sme.token()));
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.error().errors()).extracting(f -> f.field()).containsExactly("ids");
        assertThat(send(client, HttpRequest.GET("/api/notifications?size=101").bearerAuth(sme.token())).status())
                .isEqualTo(400);
        assertThat(send(client, HttpRequest.GET("/api/notifications")).status()).isEqualTo(401);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTypeTurnedOffStaysInTheAppButIsNotMailed() {
        AccountService.Session firm = Accounts.signUp(client, "LARGE_FIRM", "設定重工");
        AccountService.Session sme = Accounts.signUp(client, "SME", "設定精密");
        List<Map<String, Object>> defaults = (List<Map<String, Object>>) client.retrieve(
                HttpRequest.GET("/api/notifications/preferences").bearerAuth(sme.token()), Map.class).get("items");
        assertThat(defaults).anySatisfy(p -> {
            assertThat(p.get("type")).isEqualTo("INQUIRY_RECEIVED");
            assertThat(p.get("delivery")).isEqualTo("INSTANT");
            assertThat(((Map<String, Object>) p.get("label")).get("zh")).isEqualTo("收到的咨询");
        });
        Api.Result unknown = send(client, putJson("/api/notifications/preferences",
                "{\"preferences\": {\"GOSSIP\": \"OFF\"}}").bearerAuth(sme.token()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error().errors()).extracting(f -> f.field()).containsExactly("preferences.GOSSIP");
        assertThat(send(client, putJson("/api/notifications/preferences",
                "{\"preferences\": {\"INQUIRY_RECEIVED\": \"SOMETIMES\"}}").bearerAuth(sme.token())).status())
                .isEqualTo(400);

        client.exchange(putJson("/api/notifications/preferences", "{\"preferences\": {\"INQUIRY_RECEIVED\": \"OFF\"}}")
                .bearerAuth(sme.token()));
        String quiet = inquiry(firm, sme, "メール不要の問い合わせ");
        assertThat(Notices.latest(client, sme, "INQUIRY_RECEIVED").get("link")).isEqualTo("/inbox/" + quiet);
        // a mailed notice after it: once it has arrived, the quiet one would have too
        client.exchange(postJson("/api/introductions", """
                {"companyA": "%s", "companyB": "%s"}""".formatted(firm.user().companyId(), sme.user().companyId()))
                .bearerAuth(Accounts.staff(accounts, client, Role.COORDINATOR).token()));
        Mails.awaitMailWithLink(TestServices.smtp(), sme.user().email(), "/introductions");
        assertThat(Mails.to(TestServices.smtp(), sme.user().email())).noneMatch(m -> Mails.part(m, "text/plain")
                .contains("/inbox/" + quiet));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUnsubscribeLinkStopsItsTypeWithoutALoginAndATamperedOneChangesNothing() {
        AccountService.Session firm = Accounts.signUp(client, "LARGE_FIRM", "配信停止重工");
        AccountService.Session sme = Accounts.signUp(client, "SME", "配信停止精密");
        String thread = inquiry(firm, sme, "配信停止の確認");
        MimeMessage mail = Mails.awaitMailWithLink(TestServices.smtp(), sme.user().email(), "/inbox/" + thread);
        String link = Mails.link(mail, "/unsubscribe?token=");
        String token = link.substring(link.indexOf("token=") + 6);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        Api.Result refused = send(client, postJson("/api/notifications/unsubscribe?token=" + tampered, ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error().errors()).extracting(f -> f.field()).containsExactly("token");
        assertThat(delivery(sme, "INQUIRY_RECEIVED")).isEqualTo("INSTANT");

        // what a mail client does with the List-Unsubscribe header: a form POST, no login
        Map<String, Object> stopped = client.retrieve(HttpRequest.POST("/api/notifications/unsubscribe?token=" + token,
                "List-Unsubscribe=One-Click").contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Map.class);
        assertThat(stopped.get("type")).isEqualTo("INQUIRY_RECEIVED");
        assertThat(((Map<String, Object>) stopped.get("label")).get("ja")).isEqualTo("受信した問い合わせ");
        assertThat(delivery(sme, "INQUIRY_RECEIVED")).isEqualTo("OFF");
        assertThat(delivery(sme, "INQUIRY_ANSWERED")).as("other types keep theirs").isEqualTo("INSTANT");
    }

    @Test
    void anIntroductionTellsBothCompaniesAndKeepsAnAnonymousFirmUnnamed() {
        AccountService.Session coordinator = Accounts.staff(accounts, client, Role.COORDINATOR);
        AccountService.Session firm = Accounts.signUp(client, "LARGE_FIRM", "秘匿重工業");
        AccountService.Session sme = Accounts.signUp(client, "SME", "紹介精密");
        String needId = client.retrieve(postJson("/api/needs", """
                {"titles": {"ja": "極秘の試作部品"}, "technologies": ["five-axis-machining"], "anonymous": true}""")
                .bearerAuth(firm.token()), Map.class).get("id").toString();
        String id = client.retrieve(postJson("/api/introductions", """
                {"companyA": "%s", "companyB": "%s", "needId": "%s", "note": "試作の相談です"}""".formatted(
                firm.user().companyId(), sme.user().companyId(), needId)).bearerAuth(coordinator.token()), Map.class)
                .get("id").toString();

        Map<String, Object> toSme = Notices.latest(client, sme, "INTRODUCTION_MADE");
        assertThat(Notices.text(toSme, "title", "ja")).isEqualTo("匿名の企業（同意するまで社名は非公開） を紹介されました");
        assertThat(toSme.toString()).doesNotContain("秘匿重工業");
        assertThat(Notices.text(toSme, "body", "ja")).contains("試作の相談です");
        assertThat(Notices.text(Notices.latest(client, firm, "INTRODUCTION_MADE"), "title", "en"))
                .isEqualTo("You have been introduced to 紹介精密");

        client.exchange(postJson("/api/introductions/" + id + "/status", "{\"status\": \"DEAL\"}")
                .bearerAuth(coordinator.token()));
        Map<String, Object> progress = Notices.latest(client, sme, "INTRODUCTION_STATUS_CHANGED");
        assertThat(Notices.text(progress, "title", "zh")).isEqualTo("与一家匿名企业（同意前不公开名称）的引荐：成交");
        assertThat(Notices.text(Notices.latest(client, firm, "INTRODUCTION_STATUS_CHANGED"), "title", "en"))
                .isEqualTo("Introduction to 紹介精密: deal");
    }

    @Test
    void theSameNoticePostedTwiceIsOneNotification() {
        AccountService.Session sme = Accounts.signUp(client, "SME", "一度だけ精密");
        Notice notice = Notice.of(NotificationType.INTRODUCTION_MADE, "test-once:" + sme.user().id(),
                "/introductions", "テスト商事", "");
        transactions.executeWrite(status -> {
            notifications.toUsers(List.of(sme.user().id()), notice);
            notifications.toUsers(List.of(sme.user().id()), notice);
            return null;
        });
        transactions.executeWrite(status -> {
            notifications.toCompany(sme.user().companyId(), notice);
            return null;
        });
        assertThat(Notices.ofType(client, sme, "INTRODUCTION_MADE")).hasSize(1);
        Mails.awaitMailWithSubject(TestServices.smtp(), sme.user().email(), "テスト商事");
        assertThat(Mails.to(TestServices.smtp(), sme.user().email()))
                .filteredOn(m -> Mails.subject(m).contains("テスト商事")).hasSize(1);
    }

    private String inquiry(AccountService.Session from, AccountService.Session to, String message) {
        return client.retrieve(postJson("/api/inquiries", """
                {"subjectType": "COMPANY", "subjectId": "%s", "message": "%s"}"""
                .formatted(to.user().companyId(), message)).bearerAuth(from.token()), Map.class).get("id").toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(AccountService.Session who, String body) {
        return client.retrieve(postJson("/api/notifications/read", body).bearerAuth(who.token()), Map.class);
    }

    @SuppressWarnings("unchecked")
    private String delivery(AccountService.Session who, String type) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) client.retrieve(
                HttpRequest.GET("/api/notifications/preferences").bearerAuth(who.token()), Map.class).get("items");
        return items.stream().filter(p -> type.equals(p.get("type"))).findFirst().orElseThrow().get("delivery")
                .toString();
    }
}
