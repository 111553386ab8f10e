package io.musubi.match;

import io.micronaut.runtime.event.annotation.EventListener;
import io.musubi.platform.security.AccountDeleted;
import io.musubi.platform.Sql;
import jakarta.inject.Singleton;

/** A deleted account's verdicts on recommendations go with it (in the deleting transaction). */
@Singleton
class FeedbackOfDeletedAccounts {
    private final Sql sql;

    FeedbackOfDeletedAccounts(Sql sql) {
        this.sql = sql;
    }

    @EventListener
    void onDeleted(AccountDeleted event) {
        sql.update("DELETE FROM match_feedback WHERE user_id = ?", event.userId());
    }
}
