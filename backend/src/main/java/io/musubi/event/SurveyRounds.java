package io.musubi.event;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The follow-up survey rounds an event's managers schedule: a round {@code monthsAfter} (1–24) months after the fair's
 * last day is due at {@code musubi.events.survey-hour} (9:00) on the fair's clock. The due time follows the event's
 * dates (it is not stored), so a fair moved before it took place moves its rounds too. A round can be taken back while
 * nobody has been mailed.
 */
@Singleton
class SurveyRounds {
    static final int MIN_MONTHS = 1;
    static final int MAX_MONTHS = 24;

    private final Sql sql;
    private final EventService events;
    private final int hour;

    SurveyRounds(Sql sql, EventService events, @Value("${musubi.events.survey-hour:9}") int hour) {
        this.sql = sql;
        this.events = events;
        this.hour = hour;
    }

    @Serdeable
    record RoundRequest(@Nullable Integer monthsAfter) {
    }

    /**
     * A round: when it is due, when it went out, how many participants were mailed, how many meetings they were asked
     * about (one per meeting and side) and how many of those are answered.
     */
    @Serdeable
    record Round(UUID id, int monthsAfter, OffsetDateTime dueAt, @Nullable Instant sentAt, long participantsMailed,
                 long asked, long answered) {
    }

    /** A round whose time has come and that has not gone out completely. */
    record Due(UUID id, FairEvent event, int monthsAfter) {
    }

    List<Round> list(Actor actor, UUID eventId) {
        FairEvent event = events.require(eventId);
        events.requireManager(actor, eventId);
        return rounds(event);
    }

    /** The event's rounds, earliest first. */
    List<Round> rounds(FairEvent event) {
        return sql.list("""
                SELECT r.id, r.months_after, r.sent_at,
                       (SELECT COUNT(*) FROM survey_mailing s WHERE s.round_id = r.id),
                       (SELECT COALESCE(SUM(s.meetings), 0) FROM survey_mailing s WHERE s.round_id = r.id),
                       (SELECT COUNT(*) FROM survey_answer a WHERE a.round_id = r.id)
                FROM survey_round r WHERE r.event_id = ? ORDER BY r.months_after""",
                r -> new Round(r.getObject(1, UUID.class), r.getInt(2), dueAt(event, r.getInt(2))
                        .atZone(event.zone()).toOffsetDateTime(), Sql.instant(r, "sent_at"), r.getLong(4),
                        r.getLong(5), r.getLong(6)), event.id());
    }

    @Transactional
    Round create(Actor actor, UUID eventId, RoundRequest request) {
        FairEvent event = events.lockForManager(actor, eventId);
        Integer months = request.monthsAfter();
        if (months == null) {
            throw ApiException.invalid("monthsAfter", "required", "is required");
        }
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw ApiException.invalid("monthsAfter", months < MIN_MONTHS ? "min" : "max",
                    "must be between " + MIN_MONTHS + " and " + MAX_MONTHS);
        }
        UUID id = UUID.randomUUID();
        if (sql.update("""
                INSERT INTO survey_round (id, event_id, months_after, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (event_id, months_after) DO NOTHING""", id, eventId, months, events.now()) == 0) {
            throw ApiException.conflict("The event has a survey round " + months + " months after already",
                    "monthsAfter", "duplicate", "a round " + months + " months after exists");
        }
        return rounds(event).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    void delete(Actor actor, UUID eventId, UUID roundId) {
        events.lockForManager(actor, eventId);
        // waits for a sending batch that holds the round, then sees what it mailed
        boolean sent = sql.one("SELECT sent_at IS NOT NULL FROM survey_round WHERE id = ? AND event_id = ? FOR UPDATE",
                r -> r.getBoolean(1), roundId, eventId).orElseThrow(() -> ApiException.notFound("Survey round "
                + roundId));
        if (sent || sql.count("SELECT COUNT(*) FROM survey_mailing WHERE round_id = ?", roundId) > 0) {
            throw ApiException.conflict("The survey round has been sent; it stays", "roundId", "sent",
                    "participants have been mailed");
        }
        sql.update("DELETE FROM survey_round WHERE id = ?", roundId);
    }

    /** The rounds due at {@code now} that are not completely sent, earliest due first. */
    List<Due> due(Instant now) {
        LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1); // give or take a day: zones differ
        record Row(UUID id, UUID eventId, int months) {
        }
        List<Row> rows = sql.list("""
                SELECT r.id, r.event_id, r.months_after FROM survey_round r JOIN fair_event e ON e.id = r.event_id
                WHERE r.sent_at IS NULL AND e.last_day + make_interval(months => r.months_after) <= ?
                ORDER BY e.last_day + make_interval(months => r.months_after)""",
                r -> new Row(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getInt(3)), latest);
        return rows.stream().map(row -> new Due(row.id(), events.require(row.eventId()), row.months()))
                .filter(d -> !dueAt(d.event(), d.monthsAfter()).isAfter(now)).toList();
    }

    /** The fair's last day plus {@code months}, at the survey hour on the fair's clock. */
    Instant dueAt(FairEvent event, int months) {
        List<LocalDate> days = event.timetable().days();
        return days.get(days.size() - 1).plusMonths(months).atTime(hour, 0).atZone(event.zone()).toInstant();
    }
}
