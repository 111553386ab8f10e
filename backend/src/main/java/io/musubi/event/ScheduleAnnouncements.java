package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.notification.Notice;
import io.musubi.notification.NotificationType;
import io.musubi.notification.Notifications;
import io.musubi.platform.Sql;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.mail.MailMessage;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Telling participants their schedule. Publishing tells every participant with placed meetings, with its agenda as an
 * .ics file; after that, every change that moves a meeting (a new run, a meeting placed, moved or unplaced) tells
 * both sides in the same transaction, with the updated .ics. Where participants were last told a meeting is stays in
 * {@code meeting.announced_slot/announced_table}, so only real moves are told, and each once.
 */
@Singleton
class ScheduleAnnouncements {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Sql sql;
    private final EventService events;
    private final Participants participants;
    private final Agendas agendas;
    private final Notifications notifications;

    ScheduleAnnouncements(Sql sql, EventService events, Participants participants, Agendas agendas,
                          Notifications notifications) {
        this.sql = sql;
        this.events = events;
        this.participants = participants;
        this.agendas = agendas;
        this.notifications = notifications;
    }

    /** When the schedule was published and how many participants were told. */
    @Serdeable
    record Published(Instant publishedAt, int participantsTold) {
    }

    @Transactional
    Published publish(Actor actor, UUID eventId) {
        FairEvent event = events.lockForManager(actor, eventId);
        Instant now = events.now();
        sql.update("UPDATE fair_event SET schedule_published_at = ? WHERE id = ?", now, eventId);
        sql.update("UPDATE meeting SET announced_slot = slot, announced_table = table_no WHERE event_id = ?", eventId);
        List<UUID> placed = sql.list("""
                SELECT participant_a FROM meeting WHERE event_id = ? AND slot IS NOT NULL
                UNION SELECT participant_b FROM meeting WHERE event_id = ? AND slot IS NOT NULL""",
                r -> r.getObject(1, UUID.class), eventId, eventId);
        for (UUID participant : placed) {
            Agendas.Agenda agenda = agendas.of(event, participants.require(eventId, participant).view());
            tell(agenda, Notice.of(NotificationType.SCHEDULE_PUBLISHED, "schedule-published:" + participant + ":"
                    + now.toEpochMilli(), link(eventId), event.names(), agenda.items().size()));
        }
        return new Published(now, placed.size());
    }

    private record Moved(UUID meetingId, UUID a, UUID b, @Nullable Integer slot, @Nullable Integer table) {
    }

    /** After a change in a published schedule: both sides of every meeting that moved are told where it is now. */
    @EventListener
    void on(ScheduleChanged change) {
        boolean published = sql.one("SELECT schedule_published_at IS NOT NULL FROM fair_event WHERE id = ?",
                r -> r.getBoolean(1), change.eventId()).orElse(false);
        if (!published) {
            return;
        }
        List<Moved> moved = sql.list("""
                UPDATE meeting SET announced_slot = slot, announced_table = table_no
                WHERE event_id = ? AND (slot IS DISTINCT FROM announced_slot OR table_no IS DISTINCT FROM announced_table)
                RETURNING id, participant_a, participant_b, slot, table_no""",
                r -> new Moved(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getObject(3, UUID.class),
                        (Integer) r.getObject(4), (Integer) r.getObject(5)), change.eventId());
        if (moved.isEmpty()) {
            return;
        }
        FairEvent event = events.require(change.eventId());
        Instant now = events.now();
        for (Moved m : moved) {
            Participants.View a = participants.require(event.id(), m.a()).view();
            Participants.View b = participants.require(event.id(), m.b()).view();
            Object place = place(event, m.slot(), m.table());
            for (Participants.View[] sides : new Participants.View[][] {{a, b}, {b, a}}) {
                tell(agendas.of(event, sides[0]), Notice.of(NotificationType.MEETING_MOVED, "meeting-moved:"
                        + m.meetingId() + ":" + sides[0].id() + ":" + now.toEpochMilli(), link(event.id()),
                        event.names(), sides[1].companyNames(), place));
            }
        }
    }

    /** Tells the participant's company, with its agenda as .ics for the mail. */
    void tell(Agendas.Agenda agenda, Notice notice) {
        byte[] ics = agendas.ics(agenda).getBytes(StandardCharsets.UTF_8);
        notifications.toCompany(agenda.participant().companyId(), notice.withAttachment(new MailMessage.Attachment(
                "agenda.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics)));
    }

    /** Where a meeting is now, in each language: its start on the fair's clock and its table, or not placed. */
    static Object place(FairEvent event, @Nullable Integer slot, @Nullable Integer table) {
        if (slot == null || table == null) {
            return Notice.Term.of("meeting-place.unplaced");
        }
        String start = WHEN.format(event.timetable().slots().get(slot).start().atZoneSameInstant(event.zone()))
                + " (" + event.zone().getId() + ")";
        return new Localized(start + "、" + table + " 番テーブル", start + "，" + table + " 号桌",
                start + ", table " + table);
    }

    /** The agendas of many participants from one query (reminders of a whole fair). */
    Map<UUID, Agendas.Agenda> agendasOf(FairEvent event, List<UUID> participantIds) {
        return agendas.of(event, participants.views(event.id(), participantIds));
    }

    private static String link(UUID eventId) {
        return "/events/" + eventId + "?tab=agenda";
    }
}
