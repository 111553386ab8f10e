package io.musubi.event;

import static io.musubi.event.Fairs.register;
import static io.musubi.event.Fairs.request;
import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.ApiAsUsers;
import io.musubi.account.AccountService;
import io.musubi.platform.Sql;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

/**
 * Participants accept requests while two organisers run the scheduler and one moves meetings by hand, all at once.
 * Whatever the interleaving, nobody is booked twice in a slot and no table holds two meetings in a slot.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchedulingRaceTest extends ApiAsUsers {
    static final int EXHIBITORS = 6;
    static final int BUYERS = 6;
    static final int RUNS_PER_ORGANISER = 8;

    /** Twelve companies sign up from this one address: more than the product lets one address do in an hour. */
    @Override
    public java.util.Map<String, String> extraProperties() {
        return java.util.Map.of("musubi.login.sign-ups-per-address", "100");
    }
    static final int MOVES = 40;

    @Inject
    Sql sql;

    AccountService.Session organiser;
    AccountService.Session coOrganiser;
    String eventId;
    List<AccountService.Session> exhibitors = new ArrayList<>();
    Map<AccountService.Session, List<Object>> incoming = new ConcurrentHashMap<>();

    @BeforeAll
    void busyEvent() {
        organiser = Accounts.staff(accounts, client, Role.ORGANISER);
        coOrganiser = Accounts.staff(accounts, client, Role.ORGANISER);
        LocalDate day = LocalDate.now(Fairs.TOKYO).plusDays(10);
        eventId = (String) Fairs.create(client, organiser, """
                {"names": {"en": "Race fair"}, "venue": "Makuhari", "timeZone": "Asia/Tokyo", "slotMinutes": 15,
                 "tables": 3, "sessions": [{"date": "%s", "start": "10:00", "end": "12:00"}],
                 "breaks": [{"date": "%s", "start": "11:00", "end": "11:15"}],
                 "registrationDeadline": "%sT17:00:00+09:00", "requestDeadline": "%sT17:00:00+09:00",
                 "maxOutgoingRequests": 50, "defaultMeetingCap": 5}""".formatted(day, day, day.minusDays(1),
                day.minusDays(1))).get("id");
        client.retrieve(postJson("/api/events/" + eventId + "/organisers", "{\"email\": \"%s\"}".formatted(
                coOrganiser.user().email())).bearerAuth(organiser.token()), Map.class);
        List<Map<String, Object>> exhibitorRows = new ArrayList<>();
        for (int i = 0; i < EXHIBITORS; i++) {
            AccountService.Session s = Accounts.signUp(client, "SME", "出展者" + i);
            exhibitors.add(s);
            exhibitorRows.add(register(client, eventId, s, "EXHIBITOR"));
        }
        for (int i = 0; i < BUYERS; i++) {
            AccountService.Session buyer = Accounts.signUp(client, "LARGE_FIRM", "バイヤー" + i);
            register(client, eventId, buyer, "LARGE_FIRM");
            for (int j = 0; j < EXHIBITORS; j++) {
                Object id = request(client, eventId, buyer, exhibitorRows.get(j).get("id"),
                        (i + j) % 3 == 0 ? "MUST_MEET" : "WOULD_LIKE").get("id");
                incoming.computeIfAbsent(exhibitors.get(j), k -> new ArrayList<>()).add(id);
            }
        }
    }

    @Test
    @Order(1)
    void acceptingWhileTwoOrganisersScheduleAndOneMovesNeverDoubleBooks() throws Exception {
        ConcurrentMap<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(EXHIBITORS + 3);
        List<Future<?>> work = new ArrayList<>();
        for (AccountService.Session exhibitor : exhibitors) {
            work.add(pool.submit(() -> {
                await(start);
                for (Object request : incoming.get(exhibitor)) {
                    count(statuses, "accept", Api.send(client, postJson("/api/events/" + eventId + "/requests/"
                            + request + "/accept", "").bearerAuth(exhibitor.token())).status());
                }
            }));
        }
        for (AccountService.Session who : List.of(organiser, coOrganiser)) {
            work.add(pool.submit(() -> {
                await(start);
                for (int i = 0; i < RUNS_PER_ORGANISER; i++) {
                    count(statuses, "run", Api.send(client, postJson("/api/events/" + eventId + "/schedule/run", "")
                            .bearerAuth(who.token())).status());
                }
            }));
        }
        work.add(pool.submit(() -> {
            await(start);
            Random random = new Random(7);
            for (int i = 0; i < MOVES; i++) {
                List<UUID> meetings = sql.list("SELECT id FROM meeting WHERE event_id = ? ORDER BY id",
                        r -> r.getObject(1, UUID.class), UUID.fromString(eventId));
                if (meetings.isEmpty()) {
                    i--;
                    Thread.onSpinWait();
                    continue;
                }
                UUID meeting = meetings.get(random.nextInt(meetings.size()));
                if (i % 2 == 0) { // take one out of the schedule: always possible
                    count(statuses, "unplace", Api.send(client, io.micronaut.http.HttpRequest.DELETE("/api/events/"
                            + eventId + "/meetings/" + meeting + "/placement").bearerAuth(organiser.token())).status());
                    continue;
                }
                count(statuses, "move", Api.send(client, putJson("/api/events/" + eventId + "/meetings/" + meeting
                        + "/placement", "{\"slot\": %d, \"table\": %d, \"pinned\": %s}".formatted(random.nextInt(8),
                        1 + random.nextInt(3), random.nextBoolean())).bearerAuth(organiser.token())).status());
            }
        }));
        start.countDown();
        for (Future<?> f : work) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.println("Race statuses (endpoint:status → count): " + statuses);

        assertThat(statuses.get("accept:200")).hasValue(EXHIBITORS * BUYERS);
        assertThat(statuses.get("run:200")).hasValue(2 * RUNS_PER_ORGANISER);
        assertThat(statuses.get("unplace:200")).hasValue(MOVES / 2);
        // a move to a random slot and table either goes through or meets a conflict (409), never anything else
        assertThat(statuses.keySet()).allMatch(k -> k.endsWith(":200") || k.equals("move:409"));
        assertNoDoubleBooking();

        // once the dust settles a final run places what fits: 3 tables × 7 slots, caps of 5 per participant
        Map<String, Object> last = client.retrieve(postJson("/api/events/" + eventId + "/schedule/run", "")
                .bearerAuth(coOrganiser.token()), Map.class);
        assertThat((Integer) last.get("scheduled") + (Integer) last.get("unscheduled")).isEqualTo(EXHIBITORS * BUYERS);
        assertThat((Integer) last.get("scheduled")).isGreaterThanOrEqualTo(20);
        assertNoDoubleBooking();
    }

    @Test
    @Order(2) // uses the meetings accepted in the race
    void theDatabaseItselfRefusesADoubleBooking() {
        UUID event = UUID.fromString(eventId);
        client.retrieve(postJson("/api/events/" + eventId + "/schedule/run", "").bearerAuth(organiser.token()),
                Map.class);
        List<Map<String, Object>> placed = sql.list("SELECT id, slot, table_no, participant_a FROM meeting "
                + "WHERE event_id = ? AND slot IS NOT NULL ORDER BY slot, table_no", r -> Map.<String, Object>of(
                "id", r.getObject(1, UUID.class), "slot", r.getInt(2), "table", r.getInt(3),
                "a", r.getObject(4, UUID.class)), event);
        assertThat(placed).hasSizeGreaterThan(1);
        Map<String, Object> one = placed.get(0);
        Map<String, Object> other = placed.stream().filter(m -> !m.get("slot").equals(one.get("slot"))).findFirst()
                .orElseThrow();
        // a second meeting at the same table in the same slot
        assertThatThrownBy(() -> sql.update("UPDATE meeting SET slot = ?, table_no = ? WHERE id = ?", one.get("slot"),
                one.get("table"), other.get("id"))).hasMessageContaining("meeting_table_free");
        // the same participant twice in one slot
        assertThatThrownBy(() -> sql.update("INSERT INTO meeting_seat (event_id, participant_id, slot, meeting_id) "
                + "VALUES (?, ?, ?, ?)", event, one.get("a"), one.get("slot"), other.get("id")))
                .hasMessageContaining("meeting_seat_pkey");
    }

    private void assertNoDoubleBooking() {
        UUID event = UUID.fromString(eventId);
        assertThat(sql.count("""
                SELECT COUNT(*) FROM (SELECT p, slot FROM (
                    SELECT participant_a AS p, slot FROM meeting WHERE event_id = ? AND slot IS NOT NULL
                    UNION ALL SELECT participant_b, slot FROM meeting WHERE event_id = ? AND slot IS NOT NULL) x
                  GROUP BY p, slot HAVING COUNT(*) > 1) twice""", event, event)).isZero();
        assertThat(sql.count("""
                SELECT COUNT(*) FROM (SELECT slot, table_no FROM meeting WHERE event_id = ? AND slot IS NOT NULL
                  GROUP BY slot, table_no HAVING COUNT(*) > 1) twice""", event)).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM meeting WHERE event_id = ? AND slot = 4", event))
                .as("slot 4 (11:00) is the break").isZero();
        long placed = sql.count("SELECT COUNT(*) FROM meeting WHERE event_id = ? AND slot IS NOT NULL", event);
        assertThat(sql.count("""
                SELECT COUNT(*) FROM meeting_seat s JOIN meeting m ON m.id = s.meeting_id
                WHERE s.event_id = ? AND s.slot = m.slot AND s.participant_id IN (m.participant_a, m.participant_b)""",
                event)).isEqualTo(2 * placed);
        assertThat(sql.count("SELECT COUNT(*) FROM meeting_seat WHERE event_id = ?", event)).isEqualTo(2 * placed);
        assertThat(sql.count("""
                SELECT COUNT(*) FROM (SELECT s.participant_id FROM meeting_seat s
                  JOIN fair_participant p ON p.id = s.participant_id WHERE s.event_id = ?
                  GROUP BY s.participant_id, p.max_meetings HAVING COUNT(*) > p.max_meetings) over""", event))
                .as("caps hold").isZero();
    }

    private static void count(ConcurrentMap<String, AtomicInteger> statuses, String what, int status) {
        statuses.computeIfAbsent(what + ":" + status, k -> new AtomicInteger()).incrementAndGet();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
