package io.musubi.event;

import static io.musubi.event.Fairs.TOKYO;
import static io.musubi.event.Fairs.answer;
import static io.musubi.event.Fairs.eventJson;
import static io.musubi.event.Fairs.register;
import static io.musubi.event.Fairs.request;
import static io.musubi.testing.Api.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import io.musubi.testing.ApiAsUsers;
import io.musubi.testing.Mails;
import io.musubi.testing.MutableClock;
import io.musubi.testing.Notices;
import io.musubi.testing.TestServices;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the day before a fair with a published schedule each participant with meetings gets its agenda (.ics),
 * and on the morning of the fair its first meeting; once each, with two runs side by side as on two instances.
 */
@MicronautTest(transactional = false)
class FairRemindersTest extends ApiAsUsers {
    @Inject
    MutableClock clock;
    @Inject
    FairReminders reminders;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void participantsAreRemindedTheDayBeforeAndOnTheMorningOnce() throws Exception {
        AccountService.Session organiser = Accounts.staff(accounts, client, Role.ORGANISER);
        AccountService.Session buyer = Accounts.signUp(client, "LARGE_FIRM", "前日重工業");
        AccountService.Session exhibitor = Accounts.signUp(client, "SME", "前日精密");
        AccountService.Session idle = Accounts.signUp(client, "SME", "商談なし工業");
        String id = (String) Fairs.create(client, organiser, eventJson("Reminder", 3, 10)).get("id");
        register(client, id, buyer, "LARGE_FIRM");
        Map<String, Object> seat = register(client, id, exhibitor, "EXHIBITOR");
        register(client, id, idle, "EXHIBITOR");
        answer(client, id, exhibitor, request(client, id, buyer, seat.get("id"), "MUST_MEET").get("id"), "accept");
        client.retrieve(postJson("/api/events/" + id + "/schedule/run", "").bearerAuth(organiser.token()), Map.class);
        client.retrieve(postJson("/api/events/" + id + "/schedule/publish", "").bearerAuth(organiser.token()),
                Map.class);
        LocalDate day = LocalDate.now(TOKYO).plusDays(10);

        clock.setTo(day.minusDays(1).atTime(11, 0).atZone(TOKYO).toInstant());
        reminders.remindDue();
        assertThat(Notices.ofType(client, exhibitor, "FAIR_TOMORROW")).as("before noon").isEmpty();

        clock.setTo(day.minusDays(1).atTime(12, 30).atZone(TOKYO).toInstant());
        assertThat(sideBySide()).isEqualTo(2);
        List<Map<String, Object>> tomorrow = Notices.ofType(client, exhibitor, "FAIR_TOMORROW");
        assertThat(tomorrow).hasSize(1);
        assertThat(Notices.text(tomorrow.get(0), "title", "en")).isEqualTo("Tomorrow at Reminder matching: 1 meetings");
        assertThat(Notices.text(tomorrow.get(0), "body", "ja")).contains(day + " 10:", "(Asia/Tokyo)", "番テーブル");
        assertThat(Notices.ofType(client, idle, "FAIR_TOMORROW")).as("no meetings, no reminder").isEmpty();
        MimeMessage mail = Mails.awaitMailWithSubject(TestServices.smtp(), buyer.user().email(), "明日は");
        assertThat(Mails.attachment(mail, "agenda.ics")).contains("BEGIN:VEVENT", "前日精密");

        clock.setTo(day.atTime(7, 30).atZone(TOKYO).toInstant());
        assertThat(sideBySide()).isEqualTo(2);
        assertThat(sideBySide()).isZero();
        assertThat(Notices.ofType(client, buyer, "FAIR_TODAY")).hasSize(1);
        assertThat(Notices.ofType(client, buyer, "FAIR_TOMORROW")).hasSize(1);
    }

    /** Two runs at once, as two app instances would; answers how many reminders they sent together. */
    private int sideBySide() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(reminders::remindDue, reminders::remindDue));
            return runs.get(0).get() + runs.get(1).get();
        } finally {
            pool.shutdown();
        }
    }
}
