package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.account.ConfirmedSenders;
import io.musubi.platform.Sql;
import io.musubi.platform.Strings;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Meeting requests between participants: sent with a priority and a message, accepted or declined by the receiver,
 * expiring when unanswered. An accepted request makes a meeting (one per pair); asking someone who already asked
 * you accepts their request at once, and the meeting counts as mutual.
 */
@Singleton
public class MeetingRequests {

    private final Sql sql;
    private final EventService events;
    private final Participants participants;
    private final RequestViews views;
    private final ConfirmedSenders confirmedSenders;
    private final MeetingPairs pairs;
    private final RequestNotices notices;

    MeetingRequests(Sql sql, EventService events, Participants participants, RequestViews views,
                    ConfirmedSenders confirmedSenders, MeetingPairs pairs, RequestNotices notices) {
        this.pairs = pairs;
        this.notices = notices;
        this.sql = sql;
        this.events = events;
        this.participants = participants;
        this.views = views;
        this.confirmedSenders = confirmedSenders;
    }

    /** {@code priority}: a {@link Priority} name. */
    @Serdeable
    public record Send(@Nullable UUID toParticipantId, @Nullable String priority, @Nullable String message) {
    }

    /** A participant as others see it in a request or meeting. */
    @Serdeable
    public record Ref(UUID id, UUID companyId, Localized companyNames, ParticipantRole role) {
    }

    @Serdeable
    public record View(UUID id, Ref from, Ref to, Priority priority, @Nullable String message, RequestStatus status,
                       boolean mutual, List<Participants.EventRef> metBefore, Instant createdAt, Instant expiresAt,
                       @Nullable Instant respondedAt) {
        View withMetBefore(List<Participants.EventRef> met) {
            return new View(id, from, to, priority, message, status, mutual, met, createdAt, expiresAt, respondedAt);
        }
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

    /** A request the sender made before to the same receiver. */
    private record Earlier(UUID id, RequestStatus status) {
    }

    private View send(Actor actor, UUID eventId, Send request, boolean confirmedSenderOnly) {
        FairEvent event = events.require(eventId);
        Participants.View me = participants.mine(actor, eventId);
        if (confirmedSenderOnly) {
            confirmedSenders.require(actor);
        }
        Priority priority = MeetingRequestRules.check(request, me.id());
        Instant now = events.now();
        requireOpen(event, now);
        UUID to = request.toParticipantId();
        requireParticipant(eventId, to);
        lockSender(me); // one sender at a time: the outgoing cap cannot be overrun by parallel requests
        requireNoMeeting(eventId, me.id(), to);
        Optional<Earlier> earlier = earlierRequest(me.id(), to);
        requireUnderCap(event, me);
        Optional<UUID> theirs = theirPendingRequest(to, me.id(), now);
        UUID id = store(event, me.id(), to, priority, request.message(), earlier, theirs.isPresent(), now);
        theirs.ifPresentOrElse(their -> acceptTheirs(eventId, their, me.id(), to, priority, now),
                () -> notices.sent(id, now));
        return views.one(actor, eventId, id);
    }

    private static void requireOpen(FairEvent event, Instant now) {
        if (!now.isBefore(event.requestDeadline())) {
            throw conflict("deadline", "toParticipantId", "Requests closed at " + event.requestDeadline());
        }
    }

    private void requireParticipant(UUID eventId, UUID participant) {
        if (sql.count("SELECT COUNT(*) FROM fair_participant WHERE id = ? AND event_id = ?", participant,
                eventId) == 0) {
            throw ApiException.invalid("toParticipantId", "unknown", "is not a participant of this event");
        }
    }

    private void lockSender(Participants.View me) {
        sql.one("SELECT id FROM fair_participant WHERE id = ? FOR UPDATE", r -> r.getObject(1, UUID.class), me.id());
    }

    private void requireNoMeeting(UUID eventId, UUID me, UUID to) {
        if (pairs.exist(eventId, me, to)) {
            throw conflict("duplicate", "toParticipantId", "You already have a meeting with this participant");
        }
    }

    /** The sender's earlier request to the receiver; one still pending, or declined, may not be repeated. */
    private Optional<Earlier> earlierRequest(UUID me, UUID to) {
        Optional<Earlier> earlier = sql.one("SELECT id, status FROM meeting_request WHERE from_participant = ? "
                + "AND to_participant = ?", r -> new Earlier(r.getObject(1, UUID.class),
                RequestStatus.valueOf(r.getString(2))), me, to);
        earlier.filter(e -> e.status() == RequestStatus.PENDING || e.status() == RequestStatus.DECLINED)
                .ifPresent(e -> {
                    throw conflict("duplicate", "toParticipantId", e.status() == RequestStatus.PENDING
                            ? "You have asked this participant already" : "This participant declined your request");
                });
        return earlier;
    }

    private void requireUnderCap(FairEvent event, Participants.View me) {
        long outgoing = sql.count("SELECT COUNT(*) FROM meeting_request WHERE from_participant = ? "
                + "AND status IN " + RequestStatus.LIVE_SQL, me.id());
        if (outgoing >= event.maxOutgoingRequests()) {
            throw conflict("cap", "toParticipantId", "You have sent " + outgoing + " requests, the most this "
                    + "event allows");
        }
    }

    /** The receiver's own unexpired request to the sender, locked: asking back accepts it. */
    private Optional<UUID> theirPendingRequest(UUID to, UUID me, Instant now) {
        return sql.one("""
                SELECT id FROM meeting_request WHERE from_participant = ? AND to_participant = ? AND status = ?
                  AND expires_at > ? FOR UPDATE""", r -> r.getObject(1, UUID.class), to, me, RequestStatus.PENDING,
                now);
    }

    /** Writes the request (a new row, or the earlier one renewed); answers its id. */
    private UUID store(FairEvent event, UUID me, UUID to, Priority priority, @Nullable String message,
                       Optional<Earlier> earlier, boolean acceptedAtOnce, Instant now) {
        Instant expires = min(now.plus(event.requestExpiryHours(), ChronoUnit.HOURS), event.startsAt());
        RequestStatus status = acceptedAtOnce ? RequestStatus.ACCEPTED : RequestStatus.PENDING;
        Instant responded = acceptedAtOnce ? now : null;
        if (earlier.isEmpty()) {
            UUID id = UUID.randomUUID();
            sql.update("""
                    INSERT INTO meeting_request (id, event_id, from_participant, to_participant, priority, message,
                        status, created_at, expires_at, responded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, event.id(), me, to, priority, Strings.blankToNull(message), status, now, expires, responded);
            return id;
        }
        sql.update("""
                UPDATE meeting_request SET priority = ?, message = ?, status = ?, created_at = ?, expires_at = ?,
                    responded_at = ?, expiry_warned_at = NULL WHERE id = ?""", priority, Strings.blankToNull(message), status, now, expires,
                responded, earlier.get().id());
        return earlier.get().id();
    }

    /** Their request is accepted by asking back; the meeting is mutual and keeps the stronger wish. */
    private void acceptTheirs(UUID eventId, UUID theirs, UUID me, UUID to, Priority mine, Instant now) {
        sql.update("UPDATE meeting_request SET status = ?, responded_at = ? WHERE id = ?", RequestStatus.ACCEPTED,
                now, theirs);
        Priority their = sql.one("SELECT priority FROM meeting_request WHERE id = ?",
                r -> Priority.valueOf(r.getString(1)), theirs).orElseThrow();
        pairs.create(eventId, theirs, me, to, mine.strongest(their), true, now);
        notices.answered(theirs, RequestStatus.ACCEPTED, now);
    }

    @Transactional
    View accept(Actor actor, UUID eventId, UUID id) {
        Pending p = pendingFor(actor, eventId, id, true);
        Instant now = events.now();
        sql.update("UPDATE meeting_request SET status = ?, responded_at = ? WHERE id = ?", RequestStatus.ACCEPTED,
                now, id);
        boolean mutual = sql.count("SELECT COUNT(*) FROM meeting_request WHERE from_participant = ? "
                + "AND to_participant = ? AND status IN " + RequestStatus.LIVE_SQL, p.to(), p.from()) > 0;
        pairs.create(eventId, id, p.from(), p.to(), p.priority(), mutual, now);
        notices.answered(id, RequestStatus.ACCEPTED, now);
        return views.one(actor, eventId, id);
    }

    @Transactional
    View decline(Actor actor, UUID eventId, UUID id) {
        return answer(actor, eventId, id, true, RequestStatus.DECLINED);
    }

    @Transactional
    View withdraw(Actor actor, UUID eventId, UUID id) {
        return answer(actor, eventId, id, false, RequestStatus.WITHDRAWN);
    }

    private View answer(Actor actor, UUID eventId, UUID id, boolean asReceiver, RequestStatus status) {
        pendingFor(actor, eventId, id, asReceiver);
        Instant now = events.now();
        sql.update("UPDATE meeting_request SET status = ?, responded_at = ? WHERE id = ?", status, now, id);
        if (status == RequestStatus.DECLINED) {
            notices.answered(id, status, now);
        }
        return views.one(actor, eventId, id);
    }

    List<View> list(Actor actor, UUID eventId, String box) {
        events.require(eventId);
        switch (box == null ? "in" : box) {
            case "all" -> {
                events.requireManager(actor, eventId);
                return views.where(actor, eventId, "r.event_id = ?", eventId);
            }
            case "in", "out" -> {
                Participants.View me = participants.mine(actor, eventId);
                String side = "out".equals(box) ? "r.from_participant" : "r.to_participant";
                return views.where(actor, eventId, side + " = ?", me.id());
            }
            default -> throw ApiException.invalid("box", "unknown", "must be in, out or all");
        }
    }

    private record Pending(UUID from, UUID to, Priority priority, RequestStatus status, Instant expires) {
    }

    /** A pending, unexpired request that the reader may answer (receiver) or withdraw (sender); locked. */
    private Pending pendingFor(Actor actor, UUID eventId, UUID id, boolean asReceiver) {
        Participants.View me = participants.mine(actor, eventId);
        Pending r = sql.one("""
                SELECT from_participant, to_participant, priority, status, expires_at FROM meeting_request
                WHERE id = ? AND event_id = ? FOR UPDATE""", row -> new Pending(row.getObject(1, UUID.class),
                row.getObject(2, UUID.class), Priority.valueOf(row.getString(3)),
                RequestStatus.valueOf(row.getString(4)), Sql.instant(row, "expires_at")), id, eventId)
                .orElseThrow(() -> ApiException.notFound("Request " + id));
        UUID party = asReceiver ? r.to() : r.from();
        if (!party.equals(me.id())) {
            if (r.to().equals(me.id()) || r.from().equals(me.id())) {
                throw Actor.forbidden(asReceiver ? "Only the receiver answers a request"
                        : "Only the sender withdraws a request");
            }
            throw ApiException.notFound("Request " + id);
        }
        RequestStatus status = r.status().asSeenAt(events.now(), r.expires());
        if (status == RequestStatus.EXPIRED) {
            throw conflict("expired", "status", r.status() == RequestStatus.PENDING
                    ? "The request expired at " + r.expires() : "The request is expired");
        }
        if (status != RequestStatus.PENDING) {
            throw conflict("answered", "status", "The request is " + status.name().toLowerCase());
        }
        return r;
    }
    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** A 409 whose field error repeats its message (the UI shows it by its code). */
    private static ApiException conflict(String code, String field, String message) {
        return ApiException.conflict(message, field, code, message);
    }
}
