package io.musubi.notification;

import static io.musubi.testing.Api.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.account.AccountService;
import io.musubi.testing.Accounts;
import io.musubi.testing.ApiAsUsers;
import io.musubi.testing.Mails;
import io.musubi.testing.ManySignUps;
import io.musubi.testing.MutableClock;
import io.musubi.testing.TestServices;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: notifications a user receives daily come in one mail a day after 8:00 Tokyo time, in their language,
 * listed with their links, never twice for a day, and the digest's link stops digests.
 */
@MicronautTest(transactional = false)
class NotificationDigestTest extends ApiAsUsers implements ManySignUps {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    MutableClock clock;
    @Inject
    NotificationDigest digest;
    @Inject
    Notifications notifications;
    @Inject
    TransactionOperations<Connection> transactions;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void dailyNotificationsComeInOneMailADayAndItsLinkStopsThem() {
        AccountService.Session sme = Accounts.signUp(client, "SME", "まとめ精密");
        LocalDate tomorrow = LocalDate.now(TOKYO).plusDays(1);
        clock.setTo(tomorrow.atTime(6, 0).atZone(TOKYO).toInstant());
        post(sme, "declined-1", "東邦金型");
        post(sme, "declined-2", "苏州精密");
        post(sme, "instant", null);

        assertThat(digest.sendDue()).as("before 8:00").isZero();
        clock.setTo(tomorrow.atTime(8, 5).atZone(TOKYO).toInstant());
        digest.sendDue();
        digest.sendDue();
        MimeMessage mail = Mails.awaitMailWithSubject(TestServices.smtp(), sme.user().email(), "新しいお知らせ");
        assertThat(Mails.subject(mail)).isEqualTo("Musubi：新しいお知らせ 2 件");
        assertThat(Mails.part(mail, "text/plain")).contains("・東邦金型 が商談申込を辞退しました", "・苏州精密 が商談申込を辞退しました",
                "/events/e1?tab=requests", "1 日のまとめ").doesNotContain("即時");

        post(sme, "declined-3", "後から商事");
        digest.sendDue();
        clock.advance(Duration.ofDays(1));
        digest.sendDue();
        List<MimeMessage> digests = Mails.to(TestServices.smtp(), sme.user().email()).stream()
                .filter(m -> Mails.subject(m).startsWith("Musubi：新しいお知らせ")).toList();
        assertThat(Mails.awaitMailWithSubject(TestServices.smtp(), sme.user().email(), "新しいお知らせ 1 件"))
                .isNotNull();
        assertThat(digests.size()).as("one a day").isLessThanOrEqualTo(2);

        String link = Mails.link(mail, "/unsubscribe?token=");
        Map<String, Object> stopped = client.retrieve(postJson("/api/notifications/unsubscribe?token="
                + link.substring(link.indexOf("token=") + 6), ""), Map.class);
        assertThat(stopped.get("type")).isNull();
        assertThat(((Map<String, Object>) stopped.get("label")).get("en")).isEqualTo("Daily digest");
        List<Map<String, Object>> preferences = (List<Map<String, Object>>) client.retrieve(
                HttpRequest.GET("/api/notifications/preferences").bearerAuth(sme.token()), Map.class).get("items");
        assertThat(preferences).filteredOn(p -> "DAILY".equals(p.get("defaultDelivery")))
                .allSatisfy(p -> assertThat(p.get("delivery")).isEqualTo("OFF"));
        assertThat(preferences).filteredOn(p -> "INSTANT".equals(p.get("defaultDelivery")))
                .allSatisfy(p -> assertThat(p.get("delivery")).isEqualTo("INSTANT"));
    }

    /** A DAILY notice (a declined request) from {@code company}, or with null an INSTANT one. */
    private void post(AccountService.Session to, String key, String company) {
        Notice notice = company == null
                ? Notice.of(NotificationType.INQUIRY_RECEIVED, key + ":" + to.user().id(), "/inbox/i1", "即時商事", "即時")
                : Notice.of(NotificationType.MEETING_REQUEST_DECLINED, key + ":" + to.user().id(),
                "/events/e1?tab=requests", company, "商談会");
        transactions.executeWrite(status -> {
            notifications.toUsers(List.of(to.user().id()), notice);
            return null;
        });
    }
}
