package io.musubi.account;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The token version of each user, read from the database and kept for a moment ({@code musubi.tokens.cache}, 2 s by
 * default) so that checking every request costs one query per user and interval; a version raised here is seen at
 * once on this instance and within the interval on the others.
 */
@Singleton
class TokenVersions {
    static final String CLAIM = "tv";

    private record Known(Optional<Integer> version, Instant until) {
    }

    private final UserRepository users;
    private final Clock clock;
    private final Duration cacheFor;
    private final ConcurrentMap<UUID, Known> known = new ConcurrentHashMap<>();

    TokenVersions(UserRepository users, Clock clock, @Value("${musubi.tokens.cache:2s}") Duration cacheFor) {
        this.users = users;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    /** Empty when the user does not exist (any more). */
    Optional<Integer> current(UUID user) {
        Instant now = clock.instant();
        Known entry = known.get(user);
        if (entry == null || !entry.until().isAfter(now)) {
            if (known.size() > 100_000) {
                known.clear();
            }
            entry = new Known(users.findTokenVersionById(user), now.plus(cacheFor));
            known.put(user, entry);
        }
        return entry.version();
    }

    /** Raises the user's version: every token issued before stops working. */
    void revokeAll(UUID user) {
        users.raiseTokenVersion(user);
        known.remove(user);
    }
}
