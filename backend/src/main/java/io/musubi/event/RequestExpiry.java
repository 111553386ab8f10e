package io.musubi.event;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.platform.Batches;
import io.musubi.platform.Sql;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jakarta.inject.Singleton;

/**
 * Time passing on meeting requests: {@code warnBefore} (12 h) ahead of its expiry a pending request's receiver is
 * reminded once; past it the request becomes EXPIRED and its sender is told. Every instance runs this; each batch
 * claims its rows with {@code FOR UPDATE SKIP LOCKED} and marks them in the same transaction as their notices, so
 * several instances never tell anyone twice and a restart catches up on whatever fell due meanwhile.
 */
@Singleton
class RequestExpiry {
    static final int BATCH = 500;

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final EventService events;
    private final RequestNotices notices;
    private final Duration warnBefore;

    RequestExpiry(Sql sql, TransactionOperations<Connection> transactions, EventService events,
                  RequestNotices notices, @Value("${musubi.events.expiry-warning:12h}") Duration warnBefore) {
        this.sql = sql;
        this.transactions = transactions;
        this.events = events;
        this.notices = notices;
        this.warnBefore = warnBefore;
    }

    @Scheduled(fixedDelay = "${musubi.events.expiry-interval:60s}", initialDelay = "30s")
    void run() {
        warnExpiring();
        expire();
    }

    /** Reminds the receivers of pending requests that expire within {@code warnBefore}; answers how many. */
    int warnExpiring() {
        return Batches.untilShort(transactions, BATCH, status -> {
            Instant now = events.now();
            List<UUID> due = sql.list("""
                    UPDATE meeting_request SET expiry_warned_at = ? WHERE id IN (
                        SELECT id FROM meeting_request
                        WHERE status = 'PENDING' AND expiry_warned_at IS NULL AND expires_at > ? AND expires_at <= ?
                        ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)
                    RETURNING id""", r -> r.getObject(1, UUID.class), now, now, now.plus(warnBefore), BATCH);
            due.forEach(notices::expiring);
            return due.size();
        });
    }

    /** Unanswered requests past their time become EXPIRED (reads show them so already) and their senders learn it. */
    int expire() {
        return Batches.untilShort(transactions, BATCH, status -> {
            List<UUID> expired = sql.list("""
                    UPDATE meeting_request SET status = 'EXPIRED' WHERE id IN (
                        SELECT id FROM meeting_request WHERE status = 'PENDING' AND expires_at <= ?
                        ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)
                    RETURNING id""", r -> r.getObject(1, UUID.class), events.now(), BATCH);
            expired.forEach(notices::expired);
            return expired.size();
        });
    }
}
