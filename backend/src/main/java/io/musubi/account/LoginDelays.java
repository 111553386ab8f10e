package io.musubi.account;

import io.musubi.platform.Sql;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Consecutive failed logins per account, in PostgreSQL (table {@code login_delay}) so every instance sees the same
 * count. After the n-th failure the next attempt waits 2^(n-1) seconds (1 s, 2 s, 4 s ...), at most {@code maxDelay}.
 * An attempt is counted as a failure when it is let in, in the same statement that checks the wait, so concurrent
 * attempts cannot slip through together; a successful login then {@link #reset}s the account.
 */
@Singleton
class LoginDelays {
    /** 2^20 s is 12 days: far beyond any sensible cap, and power() stays finite. */
    private static final int MAX_EXPONENT = 20;

    private final Sql sql;

    LoginDelays(Sql sql) {
        this.sql = sql;
    }

    /** Lets an attempt in now (counting it as a failure) or says how long to wait. */
    Optional<Duration> admit(String email, Instant now, Duration maxDelay, Duration forgetAfter) {
        Optional<Integer> failures = sql.one("""
                INSERT INTO login_delay AS d (email, failures, next_attempt_at, expires_at)
                VALUES (?, 1, ?::timestamptz + interval '1 second', ?)
                ON CONFLICT (email) DO UPDATE SET
                    failures = CASE WHEN d.expires_at <= ? THEN 1 ELSE d.failures + 1 END,
                    next_attempt_at = ?::timestamptz + least(power(2, least(CASE WHEN d.expires_at <= ? THEN 0
                        ELSE d.failures END, ?)), ?) * interval '1 second',
                    expires_at = EXCLUDED.expires_at
                WHERE d.expires_at <= ? OR d.next_attempt_at <= ?
                RETURNING failures""", row -> row.getInt(1),
                email, now, now.plus(forgetAfter),
                now,
                now, now, MAX_EXPONENT, maxDelay.toSeconds(),
                now, now);
        if (failures.isPresent()) {
            return Optional.empty();
        }
        Instant next = sql.one("SELECT next_attempt_at FROM login_delay WHERE email = ?",
                row -> Sql.instant(row, "next_attempt_at"), email).orElse(now);
        return Optional.of(Duration.between(now, next));
    }

    void reset(String email) {
        sql.update("DELETE FROM login_delay WHERE email = ?", email);
    }

    int deleteExpired(Instant now) {
        return sql.update("DELETE FROM login_delay WHERE expires_at <= ?", now);
    }
}
