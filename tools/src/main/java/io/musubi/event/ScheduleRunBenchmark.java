package io.musubi.event;

import io.micronaut.context.ApplicationContext;
import io.musubi.event.scheduling.BenchmarkEvent;
import io.musubi.event.scheduling.SchedulingProblem;
import io.musubi.platform.Sql;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import io.musubi.testing.TestServices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The scheduler benchmark's event (2,000 participants, 20,000 accepted requests, 16 slots + a break, 200 tables)
 * stored in PostgreSQL and scheduled through the product: the organiser's "Run" — read under the event's lock,
 * solve, write every placement and seat, store the run. Prints the time of the whole run beside the solver's own.
 * Part of {@code ./mvnw -Pschedule-benchmark -DskipTests verify}.
 */
public final class ScheduleRunBenchmark {
    private ScheduleRunBenchmark() {
    }

    public static void main(String[] args) {
        io.musubi.tools.Benchmarks.main(ScheduleRunBenchmark::run);
    }

    private static void run() throws Exception {
        SchedulingProblem problem = BenchmarkEvent.generate(20_240_601L, 2_000, 20_000, 200); // the scheduler benchmark's instance
        try (ApplicationContext context = ApplicationContext.run(BenchmarkFairs.properties(Map.of()), "test")) {
            Sql sql = context.getBean(Sql.class);
            Actor organiser = BenchmarkFairs.organiser(context);
            ZoneId tokyo = ZoneId.of("Asia/Tokyo");
            LocalDate day = LocalDate.now(tokyo).plusDays(30);
            // 17 slots of 30 minutes from 10:00, the 9th (14:00) a break: the benchmark instance's time line
            FairEvent event = context.getBean(EventService.class).create(organiser, new EventRequest(
                    new Localized(null, null, "Benchmark fair"), "Makuhari Messe", "Asia/Tokyo", 30, 200,
                    List.of(new Timetable.Period(day, LocalTime.of(10, 0), LocalTime.of(18, 30))),
                    List.of(new Timetable.Period(day, LocalTime.of(14, 0), LocalTime.of(14, 30))),
                    day.minusDays(5).atTime(17, 0).atZone(tokyo).toOffsetDateTime(),
                    day.minusDays(2).atTime(17, 0).atZone(tokyo).toOffsetDateTime(), 72, 500, 16, null));
            if (event.timetable().size() != BenchmarkEvent.SLOTS
                    || !event.timetable().breaks().equals(java.util.Set.of(BenchmarkEvent.BREAK))) {
                throw new IllegalStateException("the event's time line differs from the benchmark instance");
            }
            Instant now = Instant.now();
            Map<String, UUID> ids = new HashMap<>();
            List<Object[]> companies = new ArrayList<>();
            List<Object[]> participants = new ArrayList<>();
            for (SchedulingProblem.Participant p : problem.participants()) {
                UUID company = UUID.randomUUID();
                UUID participant = UUID.randomUUID();
                ids.put(p.id(), participant);
                companies.add(new Object[] {company, "Benchmark " + p.id(), now, now});
                participants.add(new Object[] {participant, event.id(), company, p.maxMeetings(),
                        new Sql.IntArray(p.unavailableSlots()), now, now});
            }
            sql.batch("INSERT INTO company (id, version, name_en, country, industry, created_at, updated_at) "
                    + "VALUES (?, 0, ?, 'JP', 'MANUFACTURING', ?, ?)", companies);
            sql.batch("INSERT INTO fair_participant (id, version, event_id, company_id, role, max_meetings, "
                    + "unavailable_slots, created_at, updated_at) VALUES (?, 0, ?, ?, 'EXHIBITOR', ?, ?, ?, ?)",
                    participants);
            List<Object[]> requests = new ArrayList<>();
            List<Object[]> meetings = new ArrayList<>();
            for (SchedulingProblem.Meeting m : problem.meetings()) {
                UUID from = ids.get(m.participantA());
                UUID to = ids.get(m.participantB());
                UUID request = UUID.randomUUID();
                Priority priority = m.weight() >= Priority.MUST_MEET.weight() ? Priority.MUST_MEET
                        : Priority.WOULD_LIKE;
                boolean mutual = m.weight() == 2 || m.weight() == 4;
                requests.add(new Object[] {request, event.id(), from, to, priority, now, now, now});
                UUID a = MeetingPairs.first(from, to);
                meetings.add(new Object[] {UUID.randomUUID(), event.id(), a, a.equals(from) ? to : from, request,
                        priority, mutual, (int) m.weight(), now});
            }
            sql.batch("INSERT INTO meeting_request (id, event_id, from_participant, to_participant, priority, status, "
                    + "created_at, expires_at, responded_at) VALUES (?, ?, ?, ?, ?, 'ACCEPTED', ?, ?, ?)", requests);
            sql.batch("INSERT INTO meeting (id, event_id, participant_a, participant_b, request_id, priority, mutual, "
                    + "weight, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", meetings);

            Schedules schedules = context.getBean(Schedules.class);
            System.out.printf(Locale.ROOT, "%nThrough PostgreSQL: %,d participants, %,d accepted meetings, %d slots "
                    + "(1 break), %d tables%n", participants.size(), meetings.size(), BenchmarkEvent.SLOTS, 200);
            for (int round = 1; round <= 2; round++) {
                long begin = System.nanoTime();
                Schedules.Run run = schedules.run(organiser, event.id());
                double seconds = (System.nanoTime() - begin) / 1e9;
                System.out.printf(Locale.ROOT, "run %d (%s): %,d scheduled, weight %,d of bound %,d = %.2f %%; "
                        + "whole run %.2f s, of which solving %.2f s%n", round, round == 1 ? "empty schedule"
                        : "re-run over the first", run.scheduled(), run.totalWeight(), run.bound(),
                        100 * run.ratio(), seconds, run.millis() / 1000.0);
            }
            long doubleBooked = sql.count("""
                    SELECT COUNT(*) FROM (SELECT slot, table_no FROM meeting WHERE event_id = ? AND slot IS NOT NULL
                      GROUP BY slot, table_no HAVING COUNT(*) > 1) twice""", event.id());
            System.out.printf(Locale.ROOT, "tables booked twice: %d; seats %,d%n", doubleBooked,
                    sql.count("SELECT COUNT(*) FROM meeting_seat WHERE event_id = ?", event.id()));
        }
        // the SMTP server's thread would keep exec:java waiting for ever (as in SearchBenchmark)
        TestServices.stopDatabase();
    }
}
