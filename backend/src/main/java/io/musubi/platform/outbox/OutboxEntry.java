package io.musubi.platform.outbox;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** "This record changed; make the search index agree with the database." Written in the same transaction. */
@MappedEntity("outbox")
public record OutboxEntry(@Id @GeneratedValue Long id, String aggregateType, UUID aggregateId, Instant createdAt) {
}
