package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.event.scheduling.MeetingScheduler;
import io.musubi.event.scheduling.Schedule;
import io.musubi.event.scheduling.SchedulingProblem;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The schedule in the database: runs the scheduler over the accepted meetings (pinned ones stay), lets organisers
 * move, pin and unschedule meetings with conflict checks, and reads the grid. Every change holds the event's row
 * lock; the unique indexes on tables per slot and seats per participant and slot refuse any double booking that
 * could slip past it.
 */
@Singleton
public class Schedules {
    private final Sql sql;
    private final EventService events;
    private final ObjectMapper json;
    private final ApplicationEventPublisher<ScheduleChanged> changes;

    Schedules(Sql sql, EventService events, ObjectMapper json, ApplicationEventPublisher<ScheduleChanged> changes) {
        this.sql = sql;
        this.events = events;
        this.json = json;
        this.changes = changes;
    }

    @Serdeable
    public record Outcome(UUID participantId, OutcomeKind outcome, @Nullable String note) {
    }

    @Serdeable
    public record Meeting(UUID id, MeetingRequests.Ref a, MeetingRequests.Ref b, Priority priority, boolean mutual,
                          int weight, @Nullable Integer slot, @Nullable Integer table, @Nullable OffsetDateTime start,
                          @Nullable OffsetDateTime end, boolean pinned, List<Outcome> outcomes) {
        /** As one side sees it: its own outcome and private note, and of the other side only the outcome. */
        Meeting seenBy(UUID participantId) {
            return new Meeting(id, a, b, priority, mutual, weight, slot, table, start, end, pinned, outcomes.stream()
                    .map(o -> o.participantId().equals(participantId) ? o
                            : new Outcome(o.participantId(), o.outcome(), null)).toList());
        }
    }

    @Serdeable
    public record Problem(UUID meetingId, MeetingRequests.Ref a, MeetingRequests.Ref b, String reason,
                          String detail) {
    }

    @Serdeable
    public record Run(UUID id, Instant at, long totalWeight, long bound, double ratio, int scheduled, int unscheduled,
                      int participantsWithMeeting, int participantsWithoutMeeting, double averageGaps, long millis,
                      boolean provenOptimal, List<Problem> problems) {
    }

    @Serdeable
    /** {@code publishedAt}: when the organisers last told the participants their agendas (null: not yet). */
    public record Grid(List<Timetable.Slot> slots, int tables, List<Meeting> meetings, @Nullable Run lastRun,
                       @Nullable Instant publishedAt) {
    }

    @Serdeable
    public record Placement(@Nullable Integer slot, @Nullable Integer table, @Nullable Boolean pinned) {
    }

    @Transactional
    Run run(Actor actor, UUID eventId) {
        FairEvent event = events.lockForManager(actor, eventId);
        Timetable t = event.timetable();
        List<SchedulingProblem.Participant> people = sql.list(
                "SELECT id, max_meetings, unavailable_slots FROM fair_participant WHERE event_id = ?",
                r -> new SchedulingProblem.Participant(r.getString("id"), r.getInt("max_meetings"),
                        Set.copyOf(Sql.ints(r, "unavailable_slots"))), eventId);
        List<SchedulingProblem.Meeting> meetings = new ArrayList<>();
        Map<String, SchedulingProblem.Pin> pins = new HashMap<>();
        sql.list("SELECT id, participant_a, participant_b, weight, slot, table_no, pinned FROM meeting "
                + "WHERE event_id = ?", r -> {
            String id = r.getString("id");
            meetings.add(new SchedulingProblem.Meeting(id, r.getString("participant_a"), r.getString("participant_b"),
                    r.getInt("weight")));
            if (r.getBoolean("pinned")) {
                pins.put(id, new SchedulingProblem.Pin(r.getInt("slot"), r.getInt("table_no") - 1));
            }
            return null;
        }, eventId);
        SchedulingProblem problem = new SchedulingProblem(people, t.size(), t.breaks(), t.dayStarts(),
                event.tables(), meetings, pins);
        long started = System.nanoTime();
        Schedule schedule = new MeetingScheduler().schedule(problem);
        long millis = (System.nanoTime() - started) / 1_000_000;

        sql.update("DELETE FROM meeting_seat WHERE event_id = ?", eventId);
        sql.update("UPDATE meeting SET slot = NULL, table_no = NULL, pinned = FALSE WHERE event_id = ?", eventId);
        List<Object[]> placed = new ArrayList<>();
        List<Object[]> seats = new ArrayList<>();
        Map<String, String[]> pairs = new HashMap<>();
        meetings.forEach(m -> pairs.put(m.id(), new String[] {m.participantA(), m.participantB()}));
        for (Schedule.Assignment a : schedule.assignments()) {
            UUID id = UUID.fromString(a.meetingId());
            placed.add(new Object[] {a.slot(), a.table() + 1, pins.containsKey(a.meetingId()), id});
            for (String p : pairs.get(a.meetingId())) {
                seats.add(new Object[] {eventId, UUID.fromString(p), a.slot(), id});
            }
        }
        sql.batch("UPDATE meeting SET slot = ?, table_no = ?, pinned = ? WHERE id = ?", placed);
        sql.batch("INSERT INTO meeting_seat (event_id, participant_id, slot, meeting_id) VALUES (?, ?, ?, ?)", seats);

        Map<UUID, Meeting> byId = new HashMap<>();
        meetings(event, "m.event_id = ?", eventId).forEach(m -> byId.put(m.id(), m));
        List<Problem> problems = schedule.unscheduled().stream().map(u -> {
            Meeting m = byId.get(UUID.fromString(u.meetingId()));
            return new Problem(m.id(), m.a(), m.b(), u.reason().name(), u.detail());
        }).toList();
        UUID runId = UUID.randomUUID();
        Instant at = events.now();
        sql.update("""
                INSERT INTO schedule_run (id, event_id, run_by, at, total_weight, bound, scheduled, unscheduled,
                    with_meeting, without_meeting, total_gaps, millis, proven_optimal, problems)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""", runId, eventId, actor.userId(), at,
                schedule.totalWeight(), schedule.bound().value(), schedule.assignments().size(),
                schedule.unscheduled().size(), schedule.participantsWithMeeting(),
                schedule.participantsWithoutMeeting(), schedule.totalGaps(), millis, schedule.provenOptimal(),
                write(problems));
        changes.publishEvent(new ScheduleChanged(eventId));
        return lastRun(eventId);
    }

    @Transactional
    Meeting place(Actor actor, UUID eventId, UUID meetingId, Placement placement) {
        FairEvent event = events.lockForManager(actor, eventId);
        Timetable t = event.timetable();
        Map<String, Object> m = meetingRow(eventId, meetingId);
        if (placement.slot() == null || placement.slot() < 0 || placement.slot() >= t.size()) {
            throw ApiException.invalid("slot", "range", "must be a slot number from 0 to " + (t.size() - 1));
        }
        if (placement.table() == null || placement.table() < 1 || placement.table() > event.tables()) {
            throw ApiException.invalid("table", "range", "must be a table from 1 to " + event.tables());
        }
        int slot = placement.slot();
        int table = placement.table();
        List<FieldError> conflicts = new ArrayList<>();
        if (t.slot(slot).isBreak()) {
            conflicts.add(new FieldError("slot", "break", "slot " + slot + " is a break"));
        }
        for (UUID p : List.of((UUID) m.get("a"), (UUID) m.get("b"))) {
            Map<String, Object> person = sql.one("""
                    SELECT max_meetings, ? = ANY (unavailable_slots) AS unavailable,
                      (SELECT COUNT(*) FROM meeting_seat s WHERE s.participant_id = p.id AND s.meeting_id <> ?) AS seats,
                      (SELECT COUNT(*) FROM meeting_seat s WHERE s.participant_id = p.id AND s.slot = ?
                         AND s.meeting_id <> ?) AS busy
                    FROM fair_participant p WHERE p.id = ?""", r -> Map.<String, Object>of("cap",
                    r.getInt("max_meetings"), "unavailable", r.getBoolean("unavailable"), "seats", r.getLong("seats"),
                    "busy", r.getLong("busy")), slot, meetingId, slot, meetingId, p).orElseThrow();
            if ((Boolean) person.get("unavailable")) {
                conflicts.add(new FieldError("slot", "unavailable", "participant " + p + " is not available then"));
            }
            if ((Long) person.get("busy") > 0) {
                conflicts.add(new FieldError("slot", "busy", "participant " + p + " has another meeting then"));
            }
            if ((Long) person.get("seats") >= (Integer) person.get("cap")) {
                conflicts.add(new FieldError("slot", "cap", "participant " + p + " has reached their cap of "
                        + person.get("cap") + " meetings"));
            }
        }
        if (sql.count("SELECT COUNT(*) FROM meeting WHERE event_id = ? AND slot = ? AND table_no = ? AND id <> ?",
                eventId, slot, table, meetingId) > 0) {
            conflicts.add(new FieldError("table", "taken", "table " + table + " is taken in slot " + slot));
        }
        if (!conflicts.isEmpty()) {
            throw ApiException.conflict("The meeting cannot go there", conflicts);
        }
        sql.update("DELETE FROM meeting_seat WHERE meeting_id = ?", meetingId);
        sql.update("UPDATE meeting SET slot = ?, table_no = ?, pinned = ? WHERE id = ?", slot, table,
                placement.pinned() == null || placement.pinned(), meetingId);
        sql.batch("INSERT INTO meeting_seat (event_id, participant_id, slot, meeting_id) VALUES (?, ?, ?, ?)",
                List.of(new Object[] {eventId, m.get("a"), slot, meetingId},
                        new Object[] {eventId, m.get("b"), slot, meetingId}));
        changes.publishEvent(new ScheduleChanged(eventId));
        return meeting(event, meetingId);
    }

    @Transactional
    Meeting unplace(Actor actor, UUID eventId, UUID meetingId) {
        FairEvent event = events.lockForManager(actor, eventId);
        meetingRow(eventId, meetingId);
        sql.update("DELETE FROM meeting_seat WHERE meeting_id = ?", meetingId);
        sql.update("UPDATE meeting SET slot = NULL, table_no = NULL, pinned = FALSE WHERE id = ?", meetingId);
        changes.publishEvent(new ScheduleChanged(eventId));
        return meeting(event, meetingId);
    }

    Grid grid(Actor actor, UUID eventId) {
        FairEvent event = events.require(eventId);
        events.requireManager(actor, eventId);
        return new Grid(event.timetable().slots(), event.tables(), meetings(event, "m.event_id = ?", eventId),
                lastRun(eventId), sql.one("SELECT schedule_published_at FROM fair_event WHERE id = ? "
                        + "AND schedule_published_at IS NOT NULL", r -> Sql.instant(r, "schedule_published_at"),
                        eventId).orElse(null));
    }

    Meeting meeting(FairEvent event, UUID meetingId) {
        return meetings(event, "m.id = ?", meetingId).get(0);
    }

    private Map<String, Object> meetingRow(UUID eventId, UUID meetingId) {
        return sql.one("SELECT participant_a, participant_b FROM meeting WHERE id = ? AND event_id = ?",
                r -> Map.<String, Object>of("a", r.getObject(1, UUID.class), "b", r.getObject(2, UUID.class)),
                meetingId, eventId).orElseThrow(() -> ApiException.notFound("Meeting " + meetingId));
    }

    static final String MEETINGS = "SELECT m.id, m.priority, m.mutual, m.weight, m.slot, m.table_no, m.pinned, "
            + ParticipantRefs.columns("a") + ", " + ParticipantRefs.columns("b") + " FROM meeting m"
            + ParticipantRefs.join("a", "m.participant_a") + ParticipantRefs.join("b", "m.participant_b");

    /** Meetings with their outcomes, in slot and table order (unscheduled last). */
    List<Meeting> meetings(FairEvent event, String where, Object... params) {
        Timetable t = event.timetable();
        List<Meeting> rows = sql.list(MEETINGS + " WHERE " + where
                + " ORDER BY m.slot NULLS LAST, m.table_no, m.created_at", r -> meeting(r, t), params);
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<Outcome>> outcomes = new HashMap<>();
        sql.list("SELECT meeting_id, participant_id, outcome, note FROM meeting_outcome WHERE meeting_id = ANY "
                + "(CAST(? AS uuid[]))", r -> outcomes.computeIfAbsent(r.getObject(1, UUID.class),
                k -> new ArrayList<>()).add(new Outcome(r.getObject(2, UUID.class), OutcomeKind.valueOf(r.getString(3)),
                        r.getString(4))),
                (Object) rows.stream().map(m -> m.id().toString()).toArray(String[]::new));
        return rows.stream().map(m -> new Meeting(m.id(), m.a(), m.b(), m.priority(), m.mutual(), m.weight(),
                m.slot(), m.table(), m.start(), m.end(), m.pinned(), outcomes.getOrDefault(m.id(), List.of())))
                .toList();
    }

    private static Meeting meeting(ResultSet r, Timetable t) throws SQLException {
        Integer slot = (Integer) r.getObject("slot");
        Integer table = (Integer) r.getObject("table_no");
        Timetable.Slot s = slot == null || slot >= t.size() ? null : t.slot(slot);
        return new Meeting(r.getObject("id", UUID.class), ParticipantRefs.read(r, "a"), ParticipantRefs.read(r, "b"),
                Priority.valueOf(r.getString("priority")), r.getBoolean("mutual"), r.getInt("weight"), slot, table,
                s == null ? null : s.start(), s == null ? null : s.end(), r.getBoolean("pinned"), List.of());
    }

    @Nullable
    Run lastRun(UUID eventId) {
        return sql.one("SELECT * FROM schedule_run WHERE event_id = ? ORDER BY at DESC LIMIT 1", r -> {
            long weight = r.getLong("total_weight");
            long bound = r.getLong("bound");
            int with = r.getInt("with_meeting");
            return new Run(r.getObject("id", UUID.class), Sql.instant(r, "at"), weight, bound,
                    bound == 0 ? 1.0 : (double) weight / bound, r.getInt("scheduled"), r.getInt("unscheduled"), with,
                    r.getInt("without_meeting"), with == 0 ? 0.0 : (double) r.getInt("total_gaps") / with,
                    r.getLong("millis"), r.getBoolean("proven_optimal"), read(r.getString("problems")));
        }, eventId).orElse(null);
    }

    private String write(List<Problem> problems) {
        try {
            return json.writeValueAsString(problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Problem> read(String text) {
        try {
            return json.readValue(text, Argument.listOf(Problem.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Participants of a meeting (for callers that check who may touch it). */
    Set<UUID> sides(UUID eventId, UUID meetingId) {
        Map<String, Object> m = meetingRow(eventId, meetingId);
        return new HashSet<>(List.of((UUID) m.get("a"), (UUID) m.get("b")));
    }
}
