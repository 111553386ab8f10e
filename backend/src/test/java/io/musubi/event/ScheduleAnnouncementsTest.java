package io.musubi.event;

import static io.musubi.event.Fairs.answer;
import static io.musubi.event.Fairs.eventJson;
import static io.musubi.event.Fairs.register;
import static io.musubi.event.Fairs.request;
import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import io.musubi.testing.ApiAsUsers;
import io.musubi.testing.Mails;
import io.musubi.testing.ManySignUps;
import io.musubi.testing.Notices;
import io.musubi.testing.TestServices;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: publishing the schedule tells each participant with meetings its agenda, with the .ics attached; after
 * that a meeting that moves is told to both sides (with the updated .ics), and nobody else is told anything.
 */
@MicronautTest(transactional = false)
class ScheduleAnnouncementsTest extends ApiAsUsers implements ManySignUps {

    @Test
    @SuppressWarnings("unchecked")
    void publishingTellsEveryoneTheirAgendaAndAMoveTellsBothSides() {
        AccountService.Session organiser = Accounts.staff(accounts, client, Role.ORGANISER);
        AccountService.Session buyer = Accounts.signUp(client, "LARGE_FIRM", "日程重工業");
        AccountService.Session first = Accounts.signUp(client, "SME", "日程精密");
        AccountService.Session second = Accounts.signUp(client, "SME", "日程金型");
        String id = (String) Fairs.create(client, organiser, eventJson("Agenda", 3, 10)).get("id");
        register(client, id, buyer, "LARGE_FIRM");
        Map<String, Object> a = register(client, id, first, "EXHIBITOR");
        Map<String, Object> b = register(client, id, second, "EXHIBITOR");
        answer(client, id, first, request(client, id, buyer, a.get("id"), "MUST_MEET").get("id"), "accept");
        answer(client, id, second, request(client, id, buyer, b.get("id"), "MUST_MEET").get("id"), "accept");
        client.retrieve(postJson("/api/events/" + id + "/schedule/run", "").bearerAuth(organiser.token()), Map.class);
        assertThat(Notices.ofType(client, first, "MEETING_MOVED")).as("not published: nobody is told").isEmpty();

        Map<String, Object> published = client.retrieve(postJson("/api/events/" + id + "/schedule/publish", "")
                .bearerAuth(organiser.token()), Map.class);
        assertThat(published.get("participantsTold")).isEqualTo(3);
        assertThat(Notices.text(Notices.latest(client, buyer, "SCHEDULE_PUBLISHED"), "body", "en"))
                .startsWith("2 meetings are on your agenda");
        MimeMessage mail = Mails.awaitMailWithSubject(TestServices.smtp(), first.user().email(),
                "商談スケジュールが決まりました");
        String ics = Mails.attachment(mail, "agenda.ics");
        assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "TZID:Asia/Tokyo", "日程重工業");
        assertThat(Mails.part(mail, "text/plain")).contains("/events/" + id + "?tab=agenda");
        Map<String, Object> grid = Fairs.get(client, "/api/events/" + id + "/schedule", organiser);
        assertThat(grid.get("publishedAt")).isNotNull();

        Map<String, Object> withFirst = ((List<Map<String, Object>>) grid.get("meetings")).stream()
                .filter(m -> ((Map<String, Object>) m.get("a")).get("id").equals(a.get("id"))
                        || ((Map<String, Object>) m.get("b")).get("id").equals(a.get("id"))).findFirst().orElseThrow();
        List<Integer> busy = ((List<Map<String, Object>>) grid.get("meetings")).stream()
                .map(m -> ((Number) m.get("slot")).intValue()).toList(); // the buyer is in every meeting
        int slot = java.util.stream.Stream.of(0, 1, 2, 4, 5).filter(s -> !busy.contains(s)).findFirst().orElseThrow();
        client.retrieve(putJson("/api/events/" + id + "/meetings/" + withFirst.get("id") + "/placement",
                "{\"slot\": %d, \"table\": 2, \"pinned\": true}".formatted(slot)).bearerAuth(organiser.token()),
                Map.class);
        Map<String, Object> moved = Notices.latest(client, first, "MEETING_MOVED");
        assertThat(Notices.text(moved, "body", "en")).contains("Your meeting with 日程重工業 is now:", "table 2",
                "(Asia/Tokyo)");
        assertThat(Notices.text(Notices.latest(client, buyer, "MEETING_MOVED"), "body", "ja"))
                .contains("日程精密 との商談", "2 番テーブル");
        assertThat(Notices.ofType(client, second, "MEETING_MOVED")).as("the other meeting did not move").isEmpty();
        MimeMessage movedMail = Mails.awaitMailWithSubject(TestServices.smtp(), first.user().email(),
                "商談の予定が変更されました");
        assertThat(Mails.attachment(movedMail, "agenda.ics")).contains("BEGIN:VEVENT");
    }
}
