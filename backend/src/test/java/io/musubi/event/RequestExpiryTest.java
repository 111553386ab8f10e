package io.musubi.event;

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
import io.musubi.testing.MutableClock;
import io.musubi.testing.Notices;
import io.musubi.testing.TestServices;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: 12 hours before an unanswered request expires its receiver is reminded once (by mail, with the time on the
 * fair's clock); when it expires the sender is told. Jobs running side by side (as on several instances) tell each
 * person once.
 */
@MicronautTest(transactional = false)
class RequestExpiryTest extends ApiAsUsers {
    @Inject
    MutableClock clock;
    @Inject
    RequestExpiry expiry;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theReceiverIsRemindedOnceBeforeTheRequestExpiresAndTheSenderToldAfter() throws Exception {
        AccountService.Session organiser = Accounts.staff(accounts, client, Role.ORGANISER);
        AccountService.Session buyer = Accounts.signUp(client, "LARGE_FIRM", "期限重工業");
        AccountService.Session exhibitor = Accounts.signUp(client, "SME", "期限精密");
        String eventId = (String) Fairs.create(client, organiser, eventJson("Expiry", 3, 10)).get("id");
        register(client, eventId, buyer, "LARGE_FIRM");
        Map<String, Object> seat = register(client, eventId, exhibitor, "EXHIBITOR");
        request(client, eventId, buyer, seat.get("id"), "MUST_MEET");

        clock.advance(Duration.ofHours(30));
        expiry.warnExpiring();
        assertThat(Notices.ofType(client, exhibitor, "MEETING_REQUEST_EXPIRING")).as("not yet: 18 h left").isEmpty();

        clock.advance(Duration.ofHours(7)); // 11 h left
        runSideBySide(() -> expiry.warnExpiring());
        List<Map<String, Object>> warned = Notices.ofType(client, exhibitor, "MEETING_REQUEST_EXPIRING");
        assertThat(warned).hasSize(1);
        assertThat(Notices.text(warned.get(0), "title", "ja")).isEqualTo("期限重工業 からの商談申込の期限が近づいています");
        assertThat(Notices.text(warned.get(0), "body", "en")).contains("Expiry matching", "(Asia/Tokyo)");
        Mails.awaitMailWithSubject(TestServices.smtp(), exhibitor.user().email(), "期限が近づいています");
        expiry.warnExpiring();
        assertThat(Notices.ofType(client, exhibitor, "MEETING_REQUEST_EXPIRING")).as("once").hasSize(1);

        clock.advance(Duration.ofHours(12));
        runSideBySide(() -> expiry.expire());
        List<Map<String, Object>> expired = Notices.ofType(client, buyer, "MEETING_REQUEST_EXPIRED");
        assertThat(expired).hasSize(1);
        assertThat(Notices.text(expired.get(0), "title", "en")).isEqualTo("Your meeting request to 期限精密 expired");
        assertThat(Fairs.list(client, "/api/events/" + eventId + "/requests?box=out", buyer))
                .extracting(r -> r.get("status")).containsExactly("EXPIRED");
        Thread.sleep(1_500); // the mail sender runs every second or two: a mail for the EXPIRING one would be here
        assertThat(Mails.to(TestServices.smtp(), exhibitor.user().email()))
                .filteredOn(m -> Mails.subject(m).contains("期限が近づいています")).as("mailed once").hasSize(1);
    }

    /** The same job on two threads at once, as two app instances would run it. */
    private static void runSideBySide(Callable<Integer> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(job, job));
            int handled = 0;
            for (Future<Integer> run : runs) {
                handled += run.get();
            }
            assertThat(handled).as("rows handled by both runs together").isGreaterThanOrEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }
}
