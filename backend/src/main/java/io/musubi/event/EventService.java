package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.account.AccountService;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Events: organisers create and change them; everyone reads them. Also the event row lock others take. */
@Singleton
public class EventService {
    private static final String COLUMNS = """
            e.id, e.version, e.name_ja, e.name_zh, e.name_en, e.venue, e.time_zone, e.slot_minutes, e.tables,
            e.sessions::text AS sessions, e.breaks::text AS breaks, e.registration_deadline, e.request_deadline,
            e.request_expiry_hours, e.max_outgoing_requests, e.default_meeting_cap, e.starts_at, e.ends_at,
            e.created_by, e.created_at""";

    private final Sql sql;
    private final ObjectMapper json;
    private final AccountService accounts;
    private final Clock clock;

    EventService(Sql sql, ObjectMapper json, AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.sql = sql;
        this.json = json;
        this.clock = clock;
    }

    @Serdeable
    public record Organiser(UUID id, String displayName) {
    }

    @Serdeable
    public record Counts(long participants, long exhibitors, long pendingRequests, long acceptedMeetings,
                         long scheduledMeetings) {
    }

    @Serdeable
    public record Summary(UUID id, Localized names, String venue, String timeZone, LocalDate firstDay,
                          LocalDate lastDay, long participants, String phase, boolean canManage, boolean registered) {
    }

    @Serdeable
    public record View(UUID id, Localized names, String venue, String timeZone, int slotMinutes, int tables,
                       List<Timetable.Period> sessions, List<Timetable.Period> breaks,
                       OffsetDateTime registrationDeadline, OffsetDateTime requestDeadline, int requestExpiryHours,
                       int maxOutgoingRequests, int defaultMeetingCap, List<Timetable.Slot> slots,
                       List<LocalDate> days, String phase, List<Organiser> organisers, boolean canManage,
                       @Nullable Participants.View myParticipant, Counts counts, long version) {
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    FairEvent create(Actor actor, EventRequest request) {
        return create(actor, request, now());
    }

    /** As of {@code now}: the demo data's earlier fair is created as it was set up at the time. */
    @Transactional
    FairEvent create(Actor actor, EventRequest request, Instant now) {
        actor.requireRole(Role.ORGANISER, Role.ADMIN);
        check(request, now, null);
        UUID id = UUID.randomUUID();
        Timetable t = timetable(request);
        sql.update("""
                INSERT INTO fair_event (id, version, name_ja, name_zh, name_en, venue, time_zone, slot_minutes, tables,
                    sessions, breaks, registration_deadline, request_deadline, request_expiry_hours,
                    max_outgoing_requests, default_meeting_cap, first_day, last_day, starts_at, ends_at, created_by,
                    created_at, updated_at)
                VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?)""", id, request.names().ja(), request.names().zh(), request.names().en(),
                request.venue().strip(), request.timeZone(), request.slotMinutes(), request.tables(),
                write(request.sessions()), write(request.breakList()), request.registrationDeadline().toInstant(),
                request.requestDeadline().toInstant(), request.expiryHours(), request.maxOutgoing(),
                request.meetingCap(), t.days().get(0), t.days().get(t.days().size() - 1),
                t.slot(0).start().toInstant(), t.slot(t.size() - 1).end().toInstant(), actor.userId(), now, now);
        sql.update("INSERT INTO fair_event_organiser (event_id, user_id) VALUES (?, ?)", id, actor.userId());
        return require(id);
    }

    @Transactional
    FairEvent update(Actor actor, UUID id, EventRequest request) {
        FairEvent existing = lockForManager(actor, id);
        ApiException.requireVersion(request.version(), existing.version(), "event");
        check(request, now(), existing);
        Timetable before = existing.timetable();
        Timetable after = timetable(request);
        long scheduled = sql.count("SELECT COUNT(*) FROM meeting WHERE event_id = ? AND slot IS NOT NULL", id);
        if (scheduled > 0 && !before.slots().equals(after.slots())) {
            throw ApiException.conflict("Meetings are scheduled in this event's slots; take them out of the "
                    + "schedule before changing sessions, breaks or the slot length", "sessions", "scheduled",
                    scheduled + " meetings are scheduled");
        }
        int highestTable = (int) sql.count("SELECT COALESCE(MAX(table_no), 0) FROM meeting WHERE event_id = ?", id);
        if (request.tables() < highestTable) {
            throw ApiException.conflict("A meeting is scheduled at table " + highestTable, "tables", "scheduled",
                    "must be at least " + highestTable + " while meetings are scheduled there");
        }
        sql.update("""
                UPDATE fair_event SET version = version + 1, name_ja = ?, name_zh = ?, name_en = ?, venue = ?,
                    time_zone = ?, slot_minutes = ?, tables = ?, sessions = CAST(? AS jsonb),
                    breaks = CAST(? AS jsonb), registration_deadline = ?, request_deadline = ?,
                    request_expiry_hours = ?, max_outgoing_requests = ?, default_meeting_cap = ?, first_day = ?,
                    last_day = ?, starts_at = ?, ends_at = ?, updated_at = ?
                WHERE id = ?""", request.names().ja(), request.names().zh(), request.names().en(),
                request.venue().strip(), request.timeZone(), request.slotMinutes(), request.tables(),
                write(request.sessions()), write(request.breakList()), request.registrationDeadline().toInstant(),
                request.requestDeadline().toInstant(), request.expiryHours(), request.maxOutgoing(),
                request.meetingCap(), after.days().get(0), after.days().get(after.days().size() - 1),
                after.slot(0).start().toInstant(), after.slot(after.size() - 1).end().toInstant(), now(), id);
        if (!before.slots().equals(after.slots())) {
            // slot numbers now mean other times: what participants marked unavailable no longer applies
            sql.update("UPDATE fair_participant SET unavailable_slots = '{}', version = version + 1 "
                    + "WHERE event_id = ? AND cardinality(unavailable_slots) > 0", id);
        }
        return require(id);
    }

    @Transactional
    void addOrganiser(Actor actor, UUID id, String email) {
        lockForManager(actor, id);
        if (email == null || email.isBlank()) {
            throw ApiException.invalid("email", "not_blank", "must be the e-mail of an organiser account");
        }
        UUID user = accounts.staffByEmail(email.strip()).orElseThrow(() -> ApiException.invalid("email",
                "unknown", "is not the e-mail of an organiser account"));
        sql.update("INSERT INTO fair_event_organiser (event_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                id, user);
    }

    public Optional<FairEvent> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM fair_event e WHERE e.id = ?", this::event, id);
    }

    FairEvent require(UUID id) {
        return find(id).orElseThrow(() -> ApiException.notFound("Event " + id));
    }

    /**
     * Locks the event row until the transaction ends. Everything that changes the schedule (scheduler runs, moves,
     * pins, availability of people with placed meetings) takes this lock first, so they happen one after another.
     */
    FairEvent lock(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM fair_event e WHERE e.id = ? FOR UPDATE", this::event, id)
                .orElseThrow(() -> ApiException.notFound("Event " + id));
    }

    FairEvent lockForManager(Actor actor, UUID id) {
        FairEvent event = lock(id);
        requireManager(actor, id);
        return event;
    }

    boolean canManage(@Nullable Actor actor, UUID eventId) {
        if (actor == null) {
            return false;
        }
        if (actor.isAdmin()) {
            return true;
        }
        return actor.role() == Role.ORGANISER && sql.count(
                "SELECT COUNT(*) FROM fair_event_organiser WHERE event_id = ? AND user_id = ?", eventId,
                actor.userId()) > 0;
    }

    void requireManager(Actor actor, UUID eventId) {
        if (!canManage(actor, eventId)) {
            throw Actor.forbidden("Only the event's organisers manage it");
        }
    }

    List<Summary> list(@Nullable Actor actor) {
        Instant now = now();
        return sql.list("SELECT " + COLUMNS + """
                , e.first_day, e.last_day,
                  (SELECT COUNT(*) FROM fair_participant p WHERE p.event_id = e.id) AS participants,
                  EXISTS (SELECT 1 FROM fair_event_organiser o WHERE o.event_id = e.id AND o.user_id = ?) AS organiser,
                  EXISTS (SELECT 1 FROM fair_participant p WHERE p.event_id = e.id AND p.company_id = ?) AS registered
                FROM fair_event e ORDER BY e.first_day DESC, e.created_at DESC LIMIT 200""", row -> {
            FairEvent e = event(row);
            boolean manage = actor != null && (actor.isAdmin()
                    || actor.role() == Role.ORGANISER && row.getBoolean("organiser"));
            return new Summary(e.id(), e.names(), e.venue(), e.zone().getId(),
                    row.getObject("first_day", LocalDate.class), row.getObject("last_day", LocalDate.class),
                    row.getLong("participants"), e.phase(now).name(), manage, row.getBoolean("registered"));
        }, actor == null ? null : actor.userId(), actor == null ? null : actor.companyId());
    }

    View view(FairEvent e, @Nullable Actor actor, @Nullable Participants.View mine) {
        Timetable t = e.timetable();
        List<Organiser> organisers = sql.list("""
                SELECT u.id, u.display_name FROM fair_event_organiser o JOIN user_directory u ON u.id = o.user_id
                WHERE o.event_id = ? ORDER BY u.display_name""", r -> new Organiser(r.getObject(1, UUID.class),
                r.getString(2)), e.id());
        Counts counts = sql.one("""
                SELECT (SELECT COUNT(*) FROM fair_participant WHERE event_id = ?),
                       (SELECT COUNT(*) FROM fair_participant WHERE event_id = ? AND role = 'EXHIBITOR'),
                       (SELECT COUNT(*) FROM meeting_request WHERE event_id = ? AND status = 'PENDING'),
                       (SELECT COUNT(*) FROM meeting WHERE event_id = ?),
                       (SELECT COUNT(*) FROM meeting WHERE event_id = ? AND slot IS NOT NULL)""",
                r -> new Counts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)),
                e.id(), e.id(), e.id(), e.id(), e.id()).orElseThrow();
        return new View(e.id(), e.names(), e.venue(), e.zone().getId(), e.slotMinutes(), e.tables(), e.sessions(),
                e.breaks(), e.registrationDeadline().atZone(e.zone()).toOffsetDateTime(),
                e.requestDeadline().atZone(e.zone()).toOffsetDateTime(), e.requestExpiryHours(),
                e.maxOutgoingRequests(), e.defaultMeetingCap(), t.slots(), t.days(), e.phase(now()).name(),
                organisers, canManage(actor, e.id()), mine, counts, e.version());
    }

    private void check(EventRequest request, Instant now, FairEvent existing) {
        List<FieldError> problems = EventRules.problems(request, now, existing);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    private static Timetable timetable(EventRequest r) {
        return Timetable.of(ZoneId.of(r.timeZone()), r.slotMinutes(), r.sessions(), r.breakList());
    }

    private FairEvent event(ResultSet r) throws SQLException {
        return new FairEvent(r.getObject("id", UUID.class), r.getLong("version"),
                new Localized(r.getString("name_ja"), r.getString("name_zh"), r.getString("name_en")),
                r.getString("venue"), ZoneId.of(r.getString("time_zone")), r.getInt("slot_minutes"),
                r.getInt("tables"), periods(r.getString("sessions")), periods(r.getString("breaks")),
                Sql.instant(r, "registration_deadline"), Sql.instant(r, "request_deadline"),
                r.getInt("request_expiry_hours"), r.getInt("max_outgoing_requests"), r.getInt("default_meeting_cap"),
                Sql.instant(r, "starts_at"), Sql.instant(r, "ends_at"), r.getObject("created_by", UUID.class),
                Sql.instant(r, "created_at"));
    }

    private String write(List<Timetable.Period> periods) {
        try {
            return json.writeValueAsString(Objects.requireNonNull(periods));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Timetable.Period> periods(String text) {
        try {
            return json.readValue(text, Argument.listOf(Timetable.Period.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
