/**
 * The search outbox: the {@code outbox} table says "this record changed; make the search index agree with the
 * database". Features call {@code Outbox.changed(aggregateType, id)} (or {@code changedAll} for bulk writes) inside
 * their write transaction (propagation MANDATORY), so a committed change is never missed by the index and a rolled-back
 * one leaves nothing behind. The search feature's {@code Indexer} drains it through {@code claim}
 * ({@code FOR UPDATE SKIP LOCKED}) and {@code done}, and {@code vacuum} keeps the queue cheap to poll after large
 * imports. {@code OutboxRepository} is used only inside this package; the aggregate types are the ones the features'
 * {@code search.SearchDocumentSource} implementations answer for ({@code company}, {@code need}, {@code capacity}).
 */
package io.musubi.platform.outbox;
