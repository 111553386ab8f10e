package io.musubi.event;

import io.musubi.notification.Notice;
import io.musubi.notification.NotificationType;
import io.musubi.notification.Notifications;
import io.musubi.platform.Sql;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Tells a participant's company of a meeting request it received, and the sender's company of the answer (accepted,
 * by the receiver or by asking back; declined), in the transaction that records it. A request sent again after it
 * expired or was withdrawn is a new notice (its key carries the moment).
 */
@Singleton
class RequestNotices {
    private final Sql sql;
    private final Notifications notifications;

    RequestNotices(Sql sql, Notifications notifications) {
        this.sql = sql;
        this.notifications = notifications;
    }

    private record Parties(UUID eventId, Localized event, UUID fromCompany, Localized fromNames, UUID toCompany,
                           Localized toNames, String message, Instant expiresAt, ZoneId zone) {
        /** When the request expires, on the fair's clock. */
        String expiry() {
            return EXPIRY.format(expiresAt.atZone(zone)) + " (" + zone.getId() + ")";
        }
    }

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    void sent(UUID requestId, Instant at) {
        Parties p = parties(requestId);
        notifications.toCompany(p.toCompany(), Notice.of(NotificationType.MEETING_REQUEST_RECEIVED,
                "meeting-request:" + requestId + ":" + at.toEpochMilli(), link(p), p.fromNames(), p.event(),
                p.message()));
    }

    void answered(UUID requestId, RequestStatus answer, Instant at) {
        Parties p = parties(requestId);
        NotificationType type = answer == RequestStatus.ACCEPTED ? NotificationType.MEETING_REQUEST_ACCEPTED
                : NotificationType.MEETING_REQUEST_DECLINED;
        notifications.toCompany(p.fromCompany(), Notice.of(type,
                "meeting-request-answer:" + requestId + ":" + at.toEpochMilli(), link(p), p.toNames(), p.event()));
    }

    /** The receiver is reminded once, some hours before an unanswered request expires. */
    void expiring(UUID requestId) {
        Parties p = parties(requestId);
        notifications.toCompany(p.toCompany(), Notice.of(NotificationType.MEETING_REQUEST_EXPIRING,
                "meeting-request-expiring:" + requestId + ":" + p.expiresAt().toEpochMilli(), link(p), p.fromNames(),
                p.event(), p.expiry()));
    }

    /** The sender learns that nobody answered in time. */
    void expired(UUID requestId) {
        Parties p = parties(requestId);
        notifications.toCompany(p.fromCompany(), Notice.of(NotificationType.MEETING_REQUEST_EXPIRED,
                "meeting-request-expired:" + requestId + ":" + p.expiresAt().toEpochMilli(), link(p), p.toNames(),
                p.event()));
    }

    private static String link(Parties p) {
        return "/events/" + p.eventId() + "?tab=requests";
    }

    private Parties parties(UUID requestId) {
        return sql.one("""
                SELECT r.event_id, e.name_ja, e.name_zh, e.name_en, e.time_zone, r.message, r.expires_at,
                       fc.id AS from_id, fc.name_ja AS from_ja, fc.name_zh AS from_zh, fc.name_en AS from_en,
                       tc.id AS to_id, tc.name_ja AS to_ja, tc.name_zh AS to_zh, tc.name_en AS to_en
                FROM meeting_request r
                JOIN fair_event e ON e.id = r.event_id
                JOIN fair_participant fp ON fp.id = r.from_participant
                JOIN company_directory fc ON fc.id = fp.company_id
                JOIN fair_participant tp ON tp.id = r.to_participant
                JOIN company_directory tc ON tc.id = tp.company_id
                WHERE r.id = ?""", r -> new Parties(r.getObject("event_id", UUID.class),
                new Localized(r.getString("name_ja"), r.getString("name_zh"), r.getString("name_en")),
                r.getObject("from_id", UUID.class),
                new Localized(r.getString("from_ja"), r.getString("from_zh"), r.getString("from_en")),
                r.getObject("to_id", UUID.class),
                new Localized(r.getString("to_ja"), r.getString("to_zh"), r.getString("to_en")),
                r.getString("message"), Sql.instant(r, "expires_at"), ZoneId.of(r.getString("time_zone"))), requestId)
                .orElseThrow();
    }
}
