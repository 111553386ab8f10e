package io.musubi.notification;

import io.micronaut.runtime.event.annotation.EventListener;
import io.musubi.platform.security.AccountDeleted;
import io.musubi.platform.Sql;
import jakarta.inject.Singleton;

/** A deleted account's notifications and choices go with it, in the deleting transaction. */
@Singleton
class NotificationsOfDeletedAccounts {
    private final Sql sql;

    NotificationsOfDeletedAccounts(Sql sql) {
        this.sql = sql;
    }

    @EventListener
    void on(AccountDeleted deleted) {
        sql.update("DELETE FROM notification WHERE user_id = ?", deleted.userId());
        sql.update("DELETE FROM notification_preference WHERE user_id = ?", deleted.userId());
    }
}
