package io.musubi.platform;

import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;

/**
 * Work done in batches, each in a transaction of its own, until a batch comes back short: how the scheduled jobs
 * (reminders, expiry, digests, alerts) work through what is due, claiming rows with {@code FOR UPDATE SKIP LOCKED} so
 * that several instances share it.
 */
public final class Batches {
    private Batches() {
    }

    /** Runs {@code batch} (which answers how many rows it handled) until it handles fewer than {@code size}. */
    public static int untilShort(TransactionOperations<Connection> transactions, int size,
                                 TransactionCallback<Connection, Integer> batch) {
        int total = 0;
        int handled;
        do {
            handled = transactions.executeWrite(batch);
            total += handled;
        } while (handled == size);
        return total;
    }
}
