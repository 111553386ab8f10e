package io.musubi.platform.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Features call this inside their write transaction; the search indexer drains it through {@link #claim} and
 * {@link #done}. The repository stays inside this package.
 */
@Singleton
public class Outbox {
    private final Clock clock;
    private final OutboxRepository repository;
    private final io.micronaut.data.jdbc.runtime.JdbcOperations jdbc;

    public Outbox(OutboxRepository repository, io.micronaut.data.jdbc.runtime.JdbcOperations jdbc, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void changed(String aggregateType, UUID aggregateId) {
        repository.save(new OutboxEntry(null, aggregateType, aggregateId, Instant.now(clock)));
    }

    /** Many changes of one type in one statement (bulk imports). */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void changedAll(String aggregateType, java.util.Collection<UUID> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO outbox (aggregate_type, aggregate_id, created_at) "
                + "SELECT ?, id, now() FROM unnest(?) AS id", statement -> {
            statement.setString(1, aggregateType);
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", aggregateIds.toArray()));
            return statement.executeUpdate();
        });
    }

    /** Entries not yet handled (claimed ones included: they leave only when done). */
    public long pending() {
        return repository.count();
    }

    /** Whether anything is pending; cheap enough to poll (see {@link OutboxRepository#findOldestId()}). */
    public boolean hasPending() {
        return repository.findOldestId().isPresent();
    }

    /** When the oldest pending change was written: every record changed before it is in the index already. */
    public java.util.Optional<Instant> oldestPendingAt() {
        return jdbc.prepareStatement("SELECT MIN(created_at) FROM outbox", statement -> {
            try (java.sql.ResultSet row = statement.executeQuery()) {
                row.next();
                java.sql.Timestamp at = row.getTimestamp(1);
                return java.util.Optional.ofNullable(at).map(java.sql.Timestamp::toInstant);
            }
        });
    }

    /**
     * The oldest entries, held by the caller's transaction (other instances skip them until it ends): call from a
     * transaction, and {@link #done} them in the same one.
     */
    public java.util.List<OutboxEntry> claim(int limit) {
        return repository.claimBatch(limit);
    }

    /** Removes handled entries. */
    public void done(java.util.Collection<Long> ids) {
        repository.deleteByIdIn(ids);
    }

    /**
     * Clears the entries the indexer has deleted. The outbox is a queue: autovacuum visits it at most once a minute,
     * and until then every claim and every "anything pending?" walks the primary key over all entries deleted so
     * far. In one 100,000-profile import that made PostgreSQL the bottleneck (52 CPU s, the indexer waiting on it).
     */
    @io.micronaut.data.connection.annotation.Connectable
    public void vacuum() {
        jdbc.execute(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true); // VACUUM cannot run inside a transaction block
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("VACUUM outbox");
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }
}
