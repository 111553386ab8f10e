package io.musubi.event;

import io.micronaut.context.ApplicationContext;
import io.musubi.platform.Sql;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import io.musubi.testing.MutableClock;
import io.musubi.testing.TestServices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Issue 15's reminder figure: a fair with 10,000 participants (each a company with one member) and 50,000 placed
 * meetings (ten each, one per slot at most, 1,000 tables) over two days, its schedule published. The clock is set to
 * noon the day before; {@code FairReminders} creates every participant's FAIR_TOMORROW notice with its agenda as .ics
 * and the mail sender delivers them to the embedded SMTP server. Prints the time to create them, the time until the
 * last is delivered, and the target (≤ 60 s). Part of {@code ./mvnw -Pnotification-benchmark -DskipTests verify}.
 */
public final class FairReminderBenchmark {
    static final int PARTICIPANTS = 10_000;
    static final int MEETINGS_EACH = 10;
    static final int TABLES = 1_000;

    private FairReminderBenchmark() {
    }

    public static void main(String[] args) {
        io.musubi.tools.Benchmarks.main(FairReminderBenchmark::run);
    }

    private static void run() throws Exception {
        Map<String, Object> properties = BenchmarkFairs.properties(Map.of(
                "musubi.events.reminder-interval", "1h", // the benchmark calls the job itself
                "musubi.mail.batch-size", "200", "musubi.mail.interval", "200ms"));
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            Sql sql = context.getBean(Sql.class);
            Actor organiser = BenchmarkFairs.organiser(context);
            ZoneId tokyo = ZoneId.of("Asia/Tokyo");
            LocalDate first = LocalDate.now(tokyo).plusDays(30);
            FairEvent event = context.getBean(EventService.class).create(organiser, new EventRequest(
                    new Localized("ベンチマーク商談会", "基准洽谈会", "Benchmark fair"), "Makuhari Messe", "Asia/Tokyo", 20,
                    TABLES, List.of(new Timetable.Period(first, LocalTime.of(9, 0), LocalTime.of(19, 0)),
                    new Timetable.Period(first.plusDays(1), LocalTime.of(9, 0), LocalTime.of(19, 0))), List.of(),
                    first.minusDays(5).atTime(17, 0).atZone(tokyo).toOffsetDateTime(),
                    first.minusDays(2).atTime(17, 0).atZone(tokyo).toOffsetDateTime(), 72, 500, 16, null));
            long began = System.nanoTime();
            List<UUID> participants = fill(sql, event);
            System.out.printf(Locale.ROOT, "%nA fair of %,d participants and %,d placed meetings over %d slots "
                    + "(stored in %.1f s)%n", participants.size(), PARTICIPANTS * MEETINGS_EACH / 2,
                    event.timetable().size(), (System.nanoTime() - began) / 1e9);
            sql.update("UPDATE fair_event SET schedule_published_at = ? WHERE id = ?", Instant.now(), event.id());
            context.getBean(MutableClock.class).setTo(first.minusDays(1).atTime(12, 0).atZone(tokyo).toInstant());

            int before = TestServices.smtp().received().size();
            long start = System.nanoTime();
            int reminded = context.getBean(FairReminders.class).remindDue();
            double created = (System.nanoTime() - start) / 1e9;
            // the outbox marks a mail sent once the SMTP server has accepted it; asking the server itself would copy
            // its whole store each time and hold up its deliveries
            String sent = "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL AND idempotency_key LIKE "
                    + "'notification:%'";
            while (sql.count(sent) < reminded && System.nanoTime() - start < 600_000_000_000L) {
                Thread.sleep(100);
            }
            double delivered = (System.nanoTime() - start) / 1e9;
            int mails = TestServices.smtp().received().size() - before;
            System.out.printf(Locale.ROOT, "day-before reminders: %,d notices with their .ics created in %.1f s; "
                    + "%,d mails delivered to the SMTP server after %.1f s (target ≤ 60 s: %s)%n", reminded, created,
                    mails, delivered, delivered <= 60 ? "met" : "NOT met");
            int again = context.getBean(FairReminders.class).remindDue();
            System.out.printf(Locale.ROOT, "a second run sends %d more%n", again);
        }
        TestServices.stopDatabase();
    }

    /** Companies with one member each, registered, and ten meetings per participant, one per slot at most. */
    private static List<UUID> fill(Sql sql, FairEvent event) {
        Instant now = Instant.now();
        List<UUID> participants = new ArrayList<>();
        List<Object[]> companies = new ArrayList<>();
        List<Object[]> users = new ArrayList<>();
        List<Object[]> seats = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            UUID company = UUID.randomUUID();
            UUID participant = UUID.randomUUID();
            participants.add(participant);
            companies.add(new Object[] {company, "Benchmark " + i, now, now});
            users.add(new Object[] {UUID.randomUUID(), "reminder-" + i + "-" + company + "@bench.example",
                    "Member " + i, company, now, now, now});
            seats.add(new Object[] {participant, event.id(), company, now, now});
        }
        sql.batch("INSERT INTO company (id, version, name_en, country, industry, created_at, updated_at) "
                + "VALUES (?, 0, ?, 'JP', 'MANUFACTURING', ?, ?)", companies);
        sql.batch("INSERT INTO app_user (id, email, password_hash, display_name, role, company_id, company_role, "
                + "joined_company_at, language, created_at, email_confirmed_at) "
                + "VALUES (?, ?, '!', ?, 'SME_MEMBER', ?, 'OWNER', ?, 'ja', ?, ?)", users);
        sql.batch("INSERT INTO fair_participant (id, version, event_id, company_id, role, max_meetings, "
                + "unavailable_slots, created_at, updated_at) VALUES (?, 0, ?, ?, 'EXHIBITOR', 12, '{}', ?, ?)",
                seats);
        List<UUID> order = new ArrayList<>(participants);
        Collections.shuffle(order, new Random(20261207L));
        List<Object[]> requests = new ArrayList<>();
        List<Object[]> meetings = new ArrayList<>();
        int slotsPerRound = PARTICIPANTS / 2 / TABLES;
        int n = PARTICIPANTS;
        for (int round = 0; round < MEETINGS_EACH; round++) {
            // the circle method: every round pairs everyone once, and no two rounds pair the same two
            for (int pair = 0; pair < n / 2; pair++) {
                int i = pair == 0 ? n - 1 : (round + pair) % (n - 1);
                int j = pair == 0 ? round : (round - pair + n - 1) % (n - 1);
                UUID x = order.get(i);
                UUID y = order.get(j);
                UUID request = UUID.randomUUID();
                requests.add(new Object[] {request, event.id(), x, y, now, now, now});
                UUID a = MeetingPairs.first(x, y);
                meetings.add(new Object[] {UUID.randomUUID(), event.id(), a, a.equals(x) ? y : x, request, now,
                        round * slotsPerRound + pair / TABLES, pair % TABLES + 1});
            }
        }
        sql.batch("INSERT INTO meeting_request (id, event_id, from_participant, to_participant, priority, status, "
                + "created_at, expires_at, responded_at) VALUES (?, ?, ?, ?, 'WOULD_LIKE', 'ACCEPTED', ?, ?, ?)",
                requests);
        sql.batch("INSERT INTO meeting (id, event_id, participant_a, participant_b, request_id, priority, mutual, "
                + "weight, created_at, slot, table_no) VALUES (?, ?, ?, ?, ?, 'WOULD_LIKE', FALSE, 1, ?, ?, ?)",
                meetings);
        return participants;
    }
}
