package io.musubi.search;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.platform.outbox.OutboxEntry;
import io.musubi.platform.outbox.Outbox;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox into Elasticsearch. Each batch is claimed with SKIP LOCKED inside a transaction, written with one
 * bulk request, and deleted only when the bulk succeeded; if Elasticsearch is away the rows stay and the indexer
 * backs off (up to 30 s) and tries again. Safe with several app instances.
 */
@Singleton
public class Indexer {
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final Outbox queue;
    private final int vacuumEvery;
    private final java.util.concurrent.atomic.AtomicLong sinceVacuum = new java.util.concurrent.atomic.AtomicLong();
    private final SearchIndexes indexes;
    private final TransactionOperations<Connection> transactions;
    private final int batchSize;
    private final int workers;
    private final ExecutorService pool;
    private final boolean scheduledDraining;
    private volatile long nextAttemptNanos;
    private volatile Duration backoff = Duration.ZERO;

    Indexer(Outbox queue, SearchIndexes indexes,
            TransactionOperations<Connection> transactions,
            @Value("${musubi.indexer.batch-size:500}") int batchSize,
            @Value("${musubi.indexer.vacuum-every:10000}") int vacuumEvery,
            @Value("${musubi.indexer.enabled:true}") boolean scheduledDraining,
            @Value("${musubi.indexer.workers:2}") int workers) {
        this.scheduledDraining = scheduledDraining;
        this.workers = Math.max(1, workers);
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.workers, r -> {
            Thread t = new Thread(r, "indexer-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.queue = queue;
        this.vacuumEvery = vacuumEvery;
        this.indexes = indexes;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        indexes.ensureReady();
    }

    @Scheduled(fixedDelay = "${musubi.indexer.interval:500ms}", initialDelay = "1s")
    void scheduled() {
        if (!scheduledDraining || System.nanoTime() < nextAttemptNanos) {
            return;
        }
        try {
            drain();
            backoff = Duration.ZERO;
        } catch (RuntimeException e) {
            indexes.markUnavailable();
            backoff = backoff.isZero() ? Duration.ofMillis(500) : min(backoff.multipliedBy(2), MAX_BACKOFF);
            nextAttemptNanos = System.nanoTime() + backoff.toNanos();
            LOG.warn("Indexing paused for {} ms: {}", backoff.toMillis(), e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /**
     * Indexes everything pending now. Returns the number of outbox entries processed; throws if Elasticsearch
     * cannot take them (the entries then stay in the outbox). Several workers drain side by side (SKIP LOCKED gives
     * each its own batches; external versions make the order of their writes irrelevant), so that Elasticsearch
     * analyses one batch while the next is read from the database.
     */
    public int drain() {
        if (!indexes.ensureReady()) {
            throw new IllegalStateException("Elasticsearch is not available");
        }
        if (workers == 1) {
            return drainSerially();
        }
        List<Future<Integer>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(pool.submit(this::drainSerially));
        }
        int total = 0;
        RuntimeException failure = null;
        for (Future<Integer> f : running) {
            try {
                total += f.get();
            } catch (ExecutionException e) {
                failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while indexing", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return total;
    }

    private int drainSerially() {
        int total = 0;
        while (true) {
            int processed = transactions.executeWrite(status -> drainBatch());
            total += processed;
            tidyQueue(processed);
            if (processed < batchSize) {
                return total;
            }
        }
    }

    /** Vacuums the outbox after every {@code vacuumEvery} entries indexed (see {@link io.musubi.platform.outbox.Outbox#vacuum()}). */
    private void tidyQueue(int processed) {
        if (processed == 0 || sinceVacuum.addAndGet(processed) < vacuumEvery) {
            return;
        }
        sinceVacuum.set(0);
        try {
            queue.vacuum();
        } catch (RuntimeException e) {
            LOG.warn("Could not vacuum the outbox (autovacuum will): {}", e.getMessage());
        }
    }

    /** Outbox entries not yet in the index (claimed ones included: they leave only when indexed). */
    public long pending() {
        return queue.pending();
    }

    /** Whether anything is still to be indexed; cheap enough to poll. */
    public boolean hasPending() {
        return queue.hasPending();
    }

    private int drainBatch() {
        List<OutboxEntry> batch = queue.claim(batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        Map<String, List<UUID>> idsByType = batch.stream().collect(Collectors.groupingBy(OutboxEntry::aggregateType,
                Collectors.mapping(OutboxEntry::aggregateId, Collectors.collectingAndThen(Collectors.toSet(),
                        List::copyOf))));
        try {
            for (Map.Entry<String, List<UUID>> entry : idsByType.entrySet()) {
                indexes.write(entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Elasticsearch refused the batch: " + e.getMessage(), e);
        }
        queue.done(batch.stream().map(OutboxEntry::id).toList());
        return batch.size();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
