package io.musubi.platform.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/** Features call this inside their write transaction; the search indexer drains it. */
@Singleton
public class Outbox {
    private final OutboxRepository repository;

    public Outbox(OutboxRepository repository) {
        this.repository = repository;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void changed(String aggregateType, UUID aggregateId) {
        repository.save(new OutboxEntry(null, aggregateType, aggregateId, Instant.now()));
    }

    public long pending() {
        return repository.count();
    }
}
