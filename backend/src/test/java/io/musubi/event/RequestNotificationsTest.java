package io.musubi.event;

import static io.musubi.event.Fairs.answer;
import static io.musubi.event.Fairs.eventJson;
import static io.musubi.event.Fairs.register;
import static io.musubi.event.Fairs.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import io.musubi.testing.ApiAsUsers;
import io.musubi.testing.Mails;
import io.musubi.testing.Notices;
import io.musubi.testing.TestServices;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a meeting request tells the receiver's company (in the app and by mail) and its answer tells the
 * sender's; asking back accepts their request and tells them so, not that a new request arrived.
 */
@MicronautTest(transactional = false)
class RequestNotificationsTest extends ApiAsUsers {
    AccountService.Session organiser;
    AccountService.Session buyer;
    AccountService.Session exhibitor;
    AccountService.Session other;
    String eventId;
    Map<String, Object> buyerSeat;
    Map<String, Object> exhibitorSeat;
    Map<String, Object> otherSeat;

    @BeforeAll
    void fair() {
        organiser = Accounts.staff(accounts, client, Role.ORGANISER);
        buyer = Accounts.signUp(client, "LARGE_FIRM", "通知重工業");
        exhibitor = Accounts.signUp(client, "SME", "通知精密");
        other = Accounts.signUp(client, "SME", "通知金型");
        eventId = (String) Fairs.create(client, organiser, eventJson("Notices", 3, 10)).get("id");
        buyerSeat = register(client, eventId, buyer, "LARGE_FIRM");
        exhibitorSeat = register(client, eventId, exhibitor, "EXHIBITOR");
        otherSeat = register(client, eventId, other, "EXHIBITOR");
    }

    @Test
    void theReceiverLearnsOfTheRequestAndTheSenderOfTheAnswer() {
        Map<String, Object> sent = request(client, eventId, buyer, exhibitorSeat.get("id"), "MUST_MEET");
        Map<String, Object> received = Notices.latest(client, exhibitor, "MEETING_REQUEST_RECEIVED");
        assertThat(Notices.text(received, "title", "ja")).isEqualTo("通知重工業 から商談の申込が届きました");
        assertThat(Notices.text(received, "body", "en")).contains("Notices matching", "よろしくお願いします");
        assertThat(received.get("link")).isEqualTo("/events/" + eventId + "?tab=requests");
        MimeMessage mail = Mails.awaitMailWithSubject(TestServices.smtp(), exhibitor.user().email(), "通知重工業");
        assertThat(Mails.part(mail, "text/plain")).contains("/events/" + eventId + "?tab=requests");
        assertThat(Notices.ofType(client, buyer, "MEETING_REQUEST_RECEIVED")).isEmpty();

        answer(client, eventId, exhibitor, sent.get("id"), "accept");
        Map<String, Object> accepted = Notices.latest(client, buyer, "MEETING_REQUEST_ACCEPTED");
        assertThat(Notices.text(accepted, "title", "zh")).isEqualTo("通知精密接受了您的洽谈申请");
        Mails.awaitMailWithSubject(TestServices.smtp(), buyer.user().email(), "商談申込を承諾しました");

        Map<String, Object> toOther = request(client, eventId, buyer, otherSeat.get("id"), "WOULD_LIKE");
        answer(client, eventId, other, toOther.get("id"), "decline");
        assertThat(Notices.text(Notices.latest(client, buyer, "MEETING_REQUEST_DECLINED"), "title", "en"))
                .isEqualTo("通知金型 declined your meeting request");
    }

    @Test
    void askingBackAcceptsTheirRequestAndTellsThemSo() {
        AccountService.Session firm = Accounts.signUp(client, "LARGE_FIRM", "逆申込商事");
        Map<String, Object> firmSeat = register(client, eventId, firm, "LARGE_FIRM");
        request(client, eventId, other, firmSeat.get("id"), "WOULD_LIKE");
        assertThat(Notices.ofType(client, firm, "MEETING_REQUEST_RECEIVED")).hasSize(1);

        request(client, eventId, firm, otherSeat.get("id"), "MUST_MEET");
        assertThat(Notices.text(Notices.latest(client, other, "MEETING_REQUEST_ACCEPTED"), "title", "ja"))
                .isEqualTo("逆申込商事 が商談申込を承諾しました");
        assertThat(Notices.ofType(client, other, "MEETING_REQUEST_RECEIVED")).extracting(n -> Notices.text(n,
                "title", "ja")).as("not told of a new request from the firm").noneMatch(t -> t.contains("逆申込商事"));
    }
}
