package io.musubi.event;

import io.musubi.platform.Sql;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Meeting requests as the API shows them: both sides, whether the other side asked too, and past meetings. */
@Singleton
class RequestViews {
    private static final String SELECT = "SELECT r.id, r.priority, r.message, r.status, r.created_at, "
            + "r.expires_at, r.responded_at, " + ParticipantRefs.columns("f") + ", " + ParticipantRefs.columns("t")
            + """
            , EXISTS (SELECT 1 FROM meeting_request x WHERE x.from_participant = r.to_participant
                  AND x.to_participant = r.from_participant AND x.status IN""" + " " + RequestStatus.LIVE_SQL + """
            ) AS mutual
            FROM meeting_request r""" + ParticipantRefs.join("f", "r.from_participant")
            + ParticipantRefs.join("t", "r.to_participant");

    private final Sql sql;
    private final EventService events;
    private final MetBefore metBefore;

    RequestViews(Sql sql, EventService events, MetBefore metBefore) {
        this.sql = sql;
        this.events = events;
        this.metBefore = metBefore;
    }

    MeetingRequests.View one(Actor actor, UUID eventId, UUID id) {
        return withMetBefore(actor, eventId, List.of(sql.one(SELECT + " WHERE r.id = ?", this::row, id)
                .orElseThrow())).get(0);
    }

    /** Requests matching {@code where} (SQL over {@code r}), newest first. */
    List<MeetingRequests.View> where(Actor actor, UUID eventId, String where, Object... params) {
        return withMetBefore(actor, eventId, sql.list(SELECT + " WHERE " + where + " ORDER BY r.created_at DESC",
                this::row, params));
    }

    private MeetingRequests.View row(ResultSet r) throws SQLException {
        Instant expires = Sql.instant(r, "expires_at");
        RequestStatus status = RequestStatus.valueOf(r.getString("status")).asSeenAt(events.now(), expires);
        return new MeetingRequests.View(r.getObject("id", UUID.class), ParticipantRefs.read(r, "f"),
                ParticipantRefs.read(r, "t"), Priority.valueOf(r.getString("priority")), r.getString("message"),
                status, r.getBoolean("mutual"), List.of(), Sql.instant(r, "created_at"), expires,
                Sql.instant(r, "responded_at"));
    }

    /** Met before: from the reader's side, the other company of each request. */
    private List<MeetingRequests.View> withMetBefore(Actor actor, UUID eventId, List<MeetingRequests.View> views) {
        if (actor.companyId() == null || views.isEmpty()) {
            return views;
        }
        UUID mine = actor.companyId();
        List<UUID> others = views.stream().map(v -> other(v, mine)).distinct().toList();
        Map<UUID, List<Participants.EventRef>> met = metBefore.of(mine, eventId, others);
        return views.stream().map(v -> v.withMetBefore(met.getOrDefault(other(v, mine), List.of()))).toList();
    }

    private static UUID other(MeetingRequests.View v, UUID mine) {
        return v.from().companyId().equals(mine) ? v.to().companyId() : v.from().companyId();
    }
}
