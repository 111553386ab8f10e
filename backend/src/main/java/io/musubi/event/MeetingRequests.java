package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.account.ConfirmedSenders;
import io.musubi.platform.Sql;
import io.musubi.platform.Strings;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Meeting requests between participants: sent with a priority and a message, accepted or declined by the receiver,
 * expiring when unanswered. An accepted request makes a meeting (one per pair); asking someone who already asked
 * you accepts their request at once, and the meeting counts as mutual.
 */
@Singleton
public class MeetingRequests {
    static final int MUST_MEET_WEIGHT = 3;
    static final int WOULD_LIKE_WEIGHT = 1;
    static final int MUTUAL_BONUS = 1;

    private final Sql sql;
    private final EventService events;
    private final Participants participants;
    private final ConfirmedSenders confirmedSenders;

    MeetingRequests(Sql sql, EventService events, Participants participants, ConfirmedSenders confirmedSenders) {
        this.sql = sql;
        this.events = events;
        this.participants = participants;
        this.confirmedSenders = confirmedSenders;
    }

    @Serdeable
    public record Send(@Nullable UUID toParticipantId, @Nullable String priority, @Nullable String message) {
    }

    /** A participant as others see it in a request or meeting. */
    @Serdeable
    public record Ref(UUID id, UUID companyId, Localized companyNames, String role) {
    }

    @Serdeable
    public record View(UUID id, Ref from, Ref to, String priority, @Nullable String message, String status,
                       boolean mutual, List<Participants.EventRef> metBefore, Instant createdAt, Instant expiresAt,
                       @Nullable Instant respondedAt) {
    }

    static int weight(String priority, boolean mutual) {
        return ("MUST_MEET".equals(priority) ? MUST_MEET_WEIGHT : WOULD_LIKE_WEIGHT) + (mutual ? MUTUAL_BONUS : 0);
    }

    /** A request from the actor's company's participation; the actor's e-mail address must be confirmed. */
    @Transactional
    View send(Actor actor, UUID eventId, Send request) {
        return send(actor, eventId, request, true);
    }

    /** The demo fair's requests, sent for demo companies that have no accounts (nobody to confirm an address). */
    @Transactional
    View sendForDemo(Actor actor, UUID eventId, Send request) {
        return send(actor, eventId, request, false);
    }

    private View send(Actor actor, UUID eventId, Send request, boolean confirmedSenderOnly) {
        FairEvent event = events.require(eventId);
        Participants.View me = participants.mine(actor, eventId);
        if (confirmedSenderOnly) {
            confirmedSenders.require(actor);
        }
        List<FieldError> problems = new ArrayList<>();
        if (request.toParticipantId() == null) {
            problems.add(new FieldError("toParticipantId", "required", "names the participant to meet"));
        } else if (request.toParticipantId().equals(me.id())) {
            problems.add(new FieldError("toParticipantId", "self", "is your own registration; ask someone else"));
        }
        if (request.priority() == null) {
            problems.add(new FieldError("priority", "required", "must be MUST_MEET or WOULD_LIKE"));
        } else if (!List.of("MUST_MEET", "WOULD_LIKE").contains(request.priority())) {
            problems.add(new FieldError("priority", "unknown", "must be MUST_MEET or WOULD_LIKE"));
        }
        if (request.message() != null && request.message().length() > 2000) {
            problems.add(new FieldError("message", "size", "must be at most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Instant now = events.now();
        if (!now.isBefore(event.requestDeadline())) {
            throw conflict("deadline", "toParticipantId", "Requests closed at " + event.requestDeadline());
        }
        UUID to = request.toParticipantId();
        if (sql.count("SELECT COUNT(*) FROM fair_participant WHERE id = ? AND event_id = ?", to, eventId) == 0) {
            throw ApiException.invalid("toParticipantId", "unknown", "is not a participant of this event");
        }
        // one sender at a time: the outgoing cap cannot be overrun by parallel requests
        sql.one("SELECT id FROM fair_participant WHERE id = ? FOR UPDATE", r -> r.getObject(1, UUID.class), me.id());
        if (meetingBetween(eventId, me.id(), to)) {
            throw conflict("duplicate", "toParticipantId", "You already have a meeting with this participant");
        }
        Map<String, Object> mineBefore = sql.one("SELECT id, status FROM meeting_request WHERE from_participant = ? "
                + "AND to_participant = ?", r -> Map.<String, Object>of("id", r.getObject(1, UUID.class),
                "status", r.getString(2)), me.id(), to).orElse(null);
        if (mineBefore != null && List.of("PENDING", "DECLINED").contains((String) mineBefore.get("status"))) {
            throw conflict("duplicate", "toParticipantId", "PENDING".equals(mineBefore.get("status"))
                    ? "You have asked this participant already" : "This participant declined your request");
        }
        long outgoing = sql.count("SELECT COUNT(*) FROM meeting_request WHERE from_participant = ? "
                + "AND status IN ('PENDING', 'ACCEPTED')", me.id());
        if (outgoing >= event.maxOutgoingRequests()) {
            throw conflict("cap", "toParticipantId", "You have sent " + outgoing + " requests, the most this "
                    + "event allows");
        }
        UUID theirs = sql.one("""
                SELECT id FROM meeting_request WHERE from_participant = ? AND to_participant = ? AND status = 'PENDING'
                  AND expires_at > ? FOR UPDATE""", r -> r.getObject(1, UUID.class), to, me.id(), now).orElse(null);
        Instant expires = min(now.plus(event.requestExpiryHours(), ChronoUnit.HOURS), event.startsAt());
        UUID id = mineBefore == null ? UUID.randomUUID() : (UUID) mineBefore.get("id");
        String status = theirs == null ? "PENDING" : "ACCEPTED";
        Instant responded = theirs == null ? null : now;
        if (mineBefore == null) {
            sql.update("""
                    INSERT INTO meeting_request (id, event_id, from_participant, to_participant, priority, message,
                        status, created_at, expires_at, responded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, eventId, me.id(), to, request.priority(), Strings.blankToNull(request.message()), status, now,
                    expires, responded);
        } else {
            sql.update("""
                    UPDATE meeting_request SET priority = ?, message = ?, status = ?, created_at = ?, expires_at = ?,
                        responded_at = ? WHERE id = ?""", request.priority(), Strings.blankToNull(request.message()),
                    status, now, expires, responded, id);
        }
        if (theirs != null) {
            sql.update("UPDATE meeting_request SET status = 'ACCEPTED', responded_at = ? WHERE id = ?", now, theirs);
            String priority = strongest(request.priority(), sql.one("SELECT priority FROM meeting_request WHERE id = ?",
                    r -> r.getString(1), theirs).orElseThrow());
            createMeeting(eventId, theirs, me.id(), to, priority, true, now);
        }
        return view(actor, eventId, id);
    }

    @Transactional
    View accept(Actor actor, UUID eventId, UUID id) {
        Pending p = pendingFor(actor, eventId, id, true);
        Instant now = events.now();
        sql.update("UPDATE meeting_request SET status = 'ACCEPTED', responded_at = ? WHERE id = ?", now, id);
        boolean mutual = sql.count("""
                SELECT COUNT(*) FROM meeting_request WHERE from_participant = ? AND to_participant = ?
                  AND status IN ('PENDING', 'ACCEPTED')""", p.to(), p.from()) > 0;
        createMeeting(eventId, id, p.from(), p.to(), p.priority(), mutual, now);
        return view(actor, eventId, id);
    }

    @Transactional
    View decline(Actor actor, UUID eventId, UUID id) {
        pendingFor(actor, eventId, id, true);
        sql.update("UPDATE meeting_request SET status = 'DECLINED', responded_at = ? WHERE id = ?", events.now(), id);
        return view(actor, eventId, id);
    }

    @Transactional
    View withdraw(Actor actor, UUID eventId, UUID id) {
        pendingFor(actor, eventId, id, false);
        sql.update("UPDATE meeting_request SET status = 'WITHDRAWN', responded_at = ? WHERE id = ?", events.now(), id);
        return view(actor, eventId, id);
    }

    List<View> list(Actor actor, UUID eventId, String box) {
        events.require(eventId);
        String where;
        Object[] params;
        switch (box == null ? "in" : box) {
            case "all" -> {
                events.requireManager(actor, eventId);
                where = "r.event_id = ?";
                params = new Object[] {eventId};
            }
            case "in", "out" -> {
                Participants.View me = participants.mine(actor, eventId);
                where = ("in".equals(box) || box == null ? "r.to_participant" : "r.from_participant") + " = ?";
                params = new Object[] {me.id()};
            }
            default -> throw ApiException.invalid("box", "unknown", "must be in, out or all");
        }
        List<View> views = sql.list(SELECT + " WHERE " + where + " ORDER BY r.created_at DESC", this::row, params);
        return withMetBefore(actor, eventId, views);
    }

    /** Unanswered requests past their time become EXPIRED (reads already show them so). */
    @Scheduled(fixedDelay = "${musubi.events.expiry-interval:60s}", initialDelay = "30s")
    @Transactional
    void expire() {
        sql.update("UPDATE meeting_request SET status = 'EXPIRED' WHERE status = 'PENDING' AND expires_at <= ?",
                events.now());
    }

    private record Pending(UUID from, UUID to, String priority) {
    }

    /** A pending, unexpired request that the reader may answer (receiver) or withdraw (sender); locked. */
    private Pending pendingFor(Actor actor, UUID eventId, UUID id, boolean asReceiver) {
        Participants.View me = participants.mine(actor, eventId);
        Map<String, Object> r = sql.one("""
                SELECT from_participant, to_participant, priority, status, expires_at FROM meeting_request
                WHERE id = ? AND event_id = ? FOR UPDATE""", row -> Map.<String, Object>of("from", row.getObject(1, UUID.class),
                "to", row.getObject(2, UUID.class), "priority", row.getString(3), "status", row.getString(4),
                "expires", Sql.instant(row, "expires_at")), id, eventId)
                .orElseThrow(() -> ApiException.notFound("Request " + id));
        UUID party = (UUID) (asReceiver ? r.get("to") : r.get("from"));
        if (!party.equals(me.id())) {
            if (r.get("to").equals(me.id()) || r.get("from").equals(me.id())) {
                throw Actor.forbidden(asReceiver ? "Only the receiver answers a request"
                        : "Only the sender withdraws a request");
            }
            throw ApiException.notFound("Request " + id);
        }
        String status = (String) r.get("status");
        if ("PENDING".equals(status) && !((Instant) r.get("expires")).isAfter(events.now())) {
            throw conflict("expired", "status", "The request expired at " + r.get("expires"));
        }
        if (!"PENDING".equals(status)) {
            throw conflict("EXPIRED".equals(status) ? "expired" : "answered", "status", "The request is "
                    + status.toLowerCase());
        }
        return new Pending((UUID) r.get("from"), (UUID) r.get("to"), (String) r.get("priority"));
    }

    private void createMeeting(UUID eventId, UUID requestId, UUID from, UUID to, String priority, boolean mutual,
                               Instant now) {
        UUID a = first(from, to);
        UUID b = a.equals(from) ? to : from;
        sql.update("""
                INSERT INTO meeting (id, event_id, participant_a, participant_b, request_id, priority, mutual, weight,
                    created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id, participant_a, participant_b) DO UPDATE SET mutual = TRUE,
                    priority = CASE WHEN meeting.priority = 'MUST_MEET' THEN 'MUST_MEET' ELSE EXCLUDED.priority END,
                    weight = (CASE WHEN meeting.priority = 'MUST_MEET' OR EXCLUDED.priority = 'MUST_MEET'
                        THEN ? ELSE ? END) + ?""",
                UUID.randomUUID(), eventId, a, b, requestId, priority, mutual, weight(priority, mutual), now,
                MUST_MEET_WEIGHT, WOULD_LIKE_WEIGHT, MUTUAL_BONUS);
    }

    private boolean meetingBetween(UUID eventId, UUID x, UUID y) {
        return sql.count("SELECT COUNT(*) FROM meeting WHERE event_id = ? AND participant_a = ? AND participant_b = ?",
                eventId, first(x, y), first(x, y).equals(x) ? y : x) > 0;
    }

    /** The smaller of two ids in PostgreSQL's uuid order (unsigned bytes, as their hex text sorts). */
    static UUID first(UUID x, UUID y) {
        return x.toString().compareTo(y.toString()) < 0 ? x : y;
    }

    private static String strongest(String p, String q) {
        return "MUST_MEET".equals(p) || "MUST_MEET".equals(q) ? "MUST_MEET" : "WOULD_LIKE";
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** A 409 whose field error repeats its message (the UI shows it by its code). */
    private static ApiException conflict(String code, String field, String message) {
        return ApiException.conflict(message, field, code, message);
    }

    private static final String SELECT = "SELECT r.id, r.priority, r.message, r.status, r.created_at, "
            + "r.expires_at, r.responded_at, " + refColumns("f") + ", " + refColumns("t") + """
            , EXISTS (SELECT 1 FROM meeting_request x WHERE x.from_participant = r.to_participant
                  AND x.to_participant = r.from_participant AND x.status IN ('PENDING', 'ACCEPTED')) AS mutual
            FROM meeting_request r""" + refJoin("f", "r.from_participant") + refJoin("t", "r.to_participant");

    /** The columns {@link #ref} reads, of participant {@code p} joined by {@link #refJoin} as {@code p} / {@code pc}. */
    static String refColumns(String p) {
        return "%1$s.id AS %1$s_id, %1$s.company_id AS %1$s_company, %1$s.role AS %1$s_role, %1$sc.name_ja AS %1$s_ja, "
                .formatted(p) + "%1$sc.name_zh AS %1$s_zh, %1$sc.name_en AS %1$s_en".formatted(p);
    }

    static String refJoin(String p, String participantColumn) {
        return " JOIN fair_participant %1$s ON %1$s.id = %2$s JOIN company %1$sc ON %1$sc.id = %1$s.company_id"
                .formatted(p, participantColumn);
    }

    private View view(Actor actor, UUID eventId, UUID id) {
        return withMetBefore(actor, eventId, List.of(sql.one(SELECT + " WHERE r.id = ?", this::row, id)
                .orElseThrow())).get(0);
    }

    private View row(ResultSet r) throws SQLException {
        String status = r.getString("status");
        Instant expires = Sql.instant(r, "expires_at");
        if ("PENDING".equals(status) && !expires.isAfter(events.now())) {
            status = "EXPIRED";
        }
        return new View(r.getObject("id", UUID.class), ref(r, "f"), ref(r, "t"), r.getString("priority"),
                r.getString("message"), status, r.getBoolean("mutual"), List.of(), Sql.instant(r, "created_at"),
                expires, Sql.instant(r, "responded_at"));
    }

    /** A participant's ref from the columns of {@link #refColumns}. */
    static Ref ref(ResultSet r, String p) throws SQLException {
        return new Ref(r.getObject(p + "_id", UUID.class), r.getObject(p + "_company", UUID.class),
                new Localized(r.getString(p + "_ja"), r.getString(p + "_zh"), r.getString(p + "_en")),
                r.getString(p + "_role"));
    }

    /** Met before: from the reader's side, the other company of each request. */
    private List<View> withMetBefore(Actor actor, UUID eventId, List<View> views) {
        if (actor.companyId() == null || views.isEmpty()) {
            return views;
        }
        UUID mine = actor.companyId();
        List<UUID> others = views.stream().map(v -> v.from().companyId().equals(mine) ? v.to().companyId()
                : v.from().companyId()).distinct().toList();
        Map<UUID, List<Participants.EventRef>> met = participants.metBefore(mine, eventId, others);
        return views.stream().map(v -> {
            UUID other = v.from().companyId().equals(mine) ? v.to().companyId() : v.from().companyId();
            return new View(v.id(), v.from(), v.to(), v.priority(), v.message(), v.status(), v.mutual(),
                    met.getOrDefault(other, List.of()), v.createdAt(), v.expiresAt(), v.respondedAt());
        }).toList();
    }
}
