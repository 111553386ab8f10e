package io.musubi.event;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.notification.Notice;
import io.musubi.notification.NotificationType;
import io.musubi.platform.Batches;
import io.musubi.platform.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.inject.Singleton;

/**
 * Reminders of a fair whose schedule is published: from noon (fair time) the day before its first day, every
 * participant with meetings gets its agenda (FAIR_TOMORROW, .ics attached); from 7:00 on each day of the fair, every
 * participant with meetings that day gets that day's first meeting (FAIR_TODAY). A {@code fair_reminder} row per
 * participant, kind and day is claimed in the notices' transaction (batches of {@link #BATCH}), so each reminder goes
 * once across instances and a restarted app catches up.
 */
@Singleton
class FairReminders {
    static final int BATCH = 1000;

    enum Kind { DAY_BEFORE, MORNING }

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final EventService events;
    private final ScheduleAnnouncements announcements;
    private final int dayBeforeHour;
    private final int morningHour;

    FairReminders(Sql sql, TransactionOperations<Connection> transactions, EventService events,
                  ScheduleAnnouncements announcements,
                  @Value("${musubi.events.day-before-reminder-hour:12}") int dayBeforeHour,
                  @Value("${musubi.events.morning-reminder-hour:7}") int morningHour) {
        this.sql = sql;
        this.transactions = transactions;
        this.events = events;
        this.announcements = announcements;
        this.dayBeforeHour = dayBeforeHour;
        this.morningHour = morningHour;
    }

    @Scheduled(fixedDelay = "${musubi.events.reminder-interval:10m}", initialDelay = "90s")
    void run() {
        remindDue();
    }

    /** Sends every reminder that is due now; answers how many participants were reminded. */
    int remindDue() {
        Instant now = events.now();
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC); // give or take a day: zones differ
        List<UUID> published = sql.list("""
                SELECT id FROM fair_event
                WHERE schedule_published_at IS NOT NULL AND last_day >= ? AND first_day <= ?""",
                r -> r.getObject(1, UUID.class), today.minusDays(1), today.plusDays(2));
        int reminded = 0;
        for (UUID eventId : published) {
            FairEvent event = events.require(eventId);
            ZonedDateTime local = now.atZone(event.zone());
            List<LocalDate> days = event.timetable().slots().stream().map(Timetable.Slot::day).distinct().sorted()
                    .toList();
            if (!days.isEmpty() && days.get(0).equals(local.toLocalDate().plusDays(1))
                    && local.getHour() >= dayBeforeHour) {
                reminded += remind(event, Kind.DAY_BEFORE, days.get(0), now);
            }
            if (days.contains(local.toLocalDate()) && local.getHour() >= morningHour) {
                reminded += remind(event, Kind.MORNING, local.toLocalDate(), now);
            }
        }
        return reminded;
    }

    private int remind(FairEvent event, Kind kind, LocalDate day, Instant now) {
        return Batches.untilShort(transactions, BATCH, status -> {
            List<UUID> claimed = claim(event, kind, day, now);
            Map<UUID, Agendas.Agenda> agendas = announcements.agendasOf(event, claimed);
            for (UUID participant : claimed) {
                Agendas.Agenda agenda = agendas.get(participant);
                List<Agendas.Item> items = kind == Kind.DAY_BEFORE ? agenda.items()
                        : agenda.items().stream().filter(i -> i.start().atZoneSameInstant(event.zone())
                        .toLocalDate().equals(day)).toList();
                announcements.tell(agenda, Notice.of(kind == Kind.DAY_BEFORE ? NotificationType.FAIR_TOMORROW
                                : NotificationType.FAIR_TODAY, "fair-" + kind + ":" + participant + ":" + day,
                        "/events/" + event.id() + "?tab=agenda", event.names(), items.size(),
                        ScheduleAnnouncements.place(event, items.get(0).slot(), items.get(0).table())));
            }
            return claimed.size();
        });
    }

    /** The next participants with meetings (that day, for the morning) not yet reminded, marked as reminded. */
    private List<UUID> claim(FairEvent event, Kind kind, LocalDate day, Instant now) {
        List<Integer> slots = event.timetable().slots().stream()
                .filter(s -> kind == Kind.DAY_BEFORE || s.day().equals(day)).map(Timetable.Slot::index).toList();
        return sql.list("""
                INSERT INTO fair_reminder (participant_id, kind, day, event_id, sent_at)
                SELECT p, ?, ?, ?, ? FROM (
                    SELECT DISTINCT unnest(ARRAY[m.participant_a, m.participant_b]) AS p FROM meeting m
                    WHERE m.event_id = ? AND m.slot = ANY(?)) placed
                WHERE NOT EXISTS (SELECT 1 FROM fair_reminder r WHERE r.participant_id = placed.p AND r.kind = ?
                                  AND r.day = ?)
                LIMIT ?
                ON CONFLICT DO NOTHING RETURNING participant_id""", r -> r.getObject(1, UUID.class),
                kind, day, event.id(), now, event.id(), new Sql.IntArray(slots), kind, day, BATCH);
    }
}
