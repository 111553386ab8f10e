package io.musubi.event;

/**
 * Where a meeting request stands. PENDING until the receiver answers (ACCEPTED, DECLINED), the sender withdraws
 * (WITHDRAWN) or its time runs out (EXPIRED; reads show an overdue PENDING as EXPIRED before the sweep stores it).
 */
public enum RequestStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED;

    /** Requests that count against the sender's cap and make the pair "asked" in both directions. */
    static final String LIVE_SQL = "('PENDING', 'ACCEPTED')";

    /** The status a reader sees: an unanswered request past its time is expired. */
    RequestStatus asSeenAt(java.time.Instant now, java.time.Instant expires) {
        return this == PENDING && !expires.isAfter(now) ? EXPIRED : this;
    }
}
