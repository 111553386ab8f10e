package io.musubi.platform.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/** Features call this inside their write transaction; the search indexer drains it. */
@Singleton
public class Outbox {
    private final OutboxRepository repository;
    private final io.micronaut.data.jdbc.runtime.JdbcOperations jdbc;

    public Outbox(OutboxRepository repository, io.micronaut.data.jdbc.runtime.JdbcOperations jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void changed(String aggregateType, UUID aggregateId) {
        repository.save(new OutboxEntry(null, aggregateType, aggregateId, Instant.now()));
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

    public long pending() {
        return repository.count();
    }
}
