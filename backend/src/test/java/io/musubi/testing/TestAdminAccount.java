package io.musubi.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.platform.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;

/** In tests: the admin account that {@link Tokens#admin()} speaks for exists in the test's database. */
@Singleton
@Requires(env = Environment.TEST)
class TestAdminAccount {
    private final Sql sql;
    private final TransactionOperations<Connection> transactions;

    TestAdminAccount(Sql sql, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        transactions.executeWrite(status -> sql.update("""
                INSERT INTO app_user (id, email, password_hash, display_name, role, company_id, created_at)
                VALUES (?, 'test-admin@test.example', 'no-login', 'Test admin', 'ADMIN', NULL, ?)
                ON CONFLICT (id) DO NOTHING""", Tokens.ADMIN_ID, Instant.now()));
    }
}
