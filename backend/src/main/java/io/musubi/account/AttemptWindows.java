package io.musubi.account;

import io.musubi.platform.Sql;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Attempts per bucket (a client address and what it attempts) in fixed windows, in PostgreSQL (table
 * {@code attempt_window}) so every instance counts the same. A window starts with its first attempt; when
 * {@code limit} attempts are in it, further ones wait until it ends. Checking and counting are one statement, so
 * concurrent attempts are all counted and none slips past the limit.
 */
@Singleton
public class AttemptWindows {
    private final Sql sql;

    AttemptWindows(Sql sql) {
        this.sql = sql;
    }

    /**
     * Counts an attempt now, or refuses it with 429 while the window is full.
     *
     * @param what "Too many invitations from this company", to which the message adds when to try again
     */
    public void require(String bucket, int limit, Duration window, Instant now, String what) {
        admit(bucket, limit, window, now).ifPresent(wait -> {
            throw new TooManyAttempts(what, wait);
        });
    }

    /** Counts an attempt now, or says how long to wait if the window is full. */
    Optional<Duration> admit(String bucket, int limit, Duration window, Instant now) {
        Optional<Integer> attempts = sql.one("""
                INSERT INTO attempt_window AS w (bucket, attempts, expires_at)
                VALUES (?, 1, ?)
                ON CONFLICT (bucket) DO UPDATE SET
                    attempts = CASE WHEN w.expires_at <= ? THEN 1 ELSE w.attempts + 1 END,
                    expires_at = CASE WHEN w.expires_at <= ? THEN EXCLUDED.expires_at ELSE w.expires_at END
                WHERE w.expires_at <= ? OR w.attempts < ?
                RETURNING attempts""", row -> row.getInt(1),
                bucket, now.plus(window), now, now, now, limit);
        if (attempts.isPresent()) {
            return Optional.empty();
        }
        Instant end = sql.one("SELECT expires_at FROM attempt_window WHERE bucket = ?",
                row -> Sql.instant(row, "expires_at"), bucket).orElse(now);
        return Optional.of(Duration.between(now, end));
    }

    /** Takes back an attempt that turned out not to count (a login that succeeded). */
    void giveBack(String bucket, Instant now) {
        sql.update("UPDATE attempt_window SET attempts = attempts - 1 WHERE bucket = ? AND attempts > 0 "
                + "AND expires_at > ?", bucket, now);
    }

    int deleteExpired(Instant now) {
        return sql.update("DELETE FROM attempt_window WHERE expires_at <= ?", now);
    }
}
