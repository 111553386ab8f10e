package io.musubi.platform.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRepository extends CrudRepository<OutboxEntry, Long> {
    /** Claims the oldest entries; other app instances skip them while this transaction holds them. */
    @Query("SELECT * FROM outbox ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<OutboxEntry> claimBatch(int limit);

    /**
     * The oldest entry's id, read through the primary key: cheap however many entries the queue has, and however
     * many deleted ones autovacuum has not cleared yet (a count has to visit them all).
     */
    @Query("SELECT id FROM outbox ORDER BY id LIMIT 1")
    java.util.Optional<Long> findOldestId();

    void deleteByIdIn(Collection<Long> ids);
}
