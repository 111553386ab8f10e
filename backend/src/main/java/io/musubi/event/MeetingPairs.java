package io.musubi.event;

import io.musubi.platform.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/**
 * The meeting two participants agreed to: one row per pair (stored with the smaller id first), the stronger wish and
 * the mutual bonus when both asked.
 */
@Singleton
class MeetingPairs {
    private final Sql sql;

    MeetingPairs(Sql sql) {
        this.sql = sql;
    }

    void create(UUID eventId, UUID requestId, UUID from, UUID to, Priority priority, boolean mutual, Instant now) {
        UUID a = first(from, to);
        UUID b = a.equals(from) ? to : from;
        sql.update("""
                INSERT INTO meeting (id, event_id, participant_a, participant_b, request_id, priority, mutual, weight,
                    created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id, participant_a, participant_b) DO UPDATE SET mutual = TRUE,
                    priority = CASE WHEN meeting.priority = 'MUST_MEET' THEN 'MUST_MEET' ELSE EXCLUDED.priority END,
                    weight = (CASE WHEN meeting.priority = 'MUST_MEET' OR EXCLUDED.priority = 'MUST_MEET'
                        THEN ? ELSE ? END) + ?""",
                UUID.randomUUID(), eventId, a, b, requestId, priority, mutual, priority.weight(mutual), now,
                Priority.MUST_MEET.weight(), Priority.WOULD_LIKE.weight(), Priority.MUTUAL_BONUS);
    }

    boolean exist(UUID eventId, UUID x, UUID y) {
        return sql.count("SELECT COUNT(*) FROM meeting WHERE event_id = ? AND participant_a = ? AND participant_b = ?",
                eventId, first(x, y), first(x, y).equals(x) ? y : x) > 0;
    }

    /** The smaller of two ids in PostgreSQL's uuid order (unsigned bytes, as their hex text sorts). */
    static UUID first(UUID x, UUID y) {
        return x.toString().compareTo(y.toString()) < 0 ? x : y;
    }
}
