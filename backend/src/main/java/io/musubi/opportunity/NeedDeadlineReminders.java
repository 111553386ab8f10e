package io.musubi.opportunity;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.notification.Notice;
import io.musubi.notification.NotificationType;
import io.musubi.notification.Notifications;
import io.musubi.platform.Batches;
import io.musubi.platform.Sql;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A firm is told when the deadline of one of its open needs is {@link #AHEAD_DAYS} days away or less, once per
 * deadline (a moved deadline is watched afresh): time to choose among the answers or to extend it. Claimed with
 * {@code FOR UPDATE SKIP LOCKED} and marked with the notices in one transaction, as the other reminders.
 */
@Singleton
class NeedDeadlineReminders {
    static final int AHEAD_DAYS = 7;
    static final int BATCH = 500;

    private record Due(UUID id, UUID company, Localized titles, LocalDate deadline) {
    }

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final Notifications notifications;
    private final Clock clock;

    NeedDeadlineReminders(Sql sql, TransactionOperations<Connection> transactions, Notifications notifications,
                          Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${musubi.needs.deadline-reminder-interval:1h}", initialDelay = "2m")
    void run() {
        remind();
    }

    /** Reminds of everything due now; answers how many. */
    int remind() {
        return Batches.untilShort(transactions, BATCH, status -> {
            LocalDate today = LocalDate.now(clock);
            List<Due> due = sql.list("""
                    UPDATE need SET deadline_warned_for = deadline WHERE id IN (
                        SELECT id FROM need
                        WHERE status = 'OPEN' AND deadline >= ? AND deadline <= ?
                          AND deadline_warned_for IS DISTINCT FROM deadline
                        ORDER BY deadline LIMIT ? FOR UPDATE SKIP LOCKED)
                    RETURNING id, company_id, title_ja, title_zh, title_en, deadline""",
                    r -> new Due(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                            new Localized(r.getString(3), r.getString(4), r.getString(5)),
                            r.getObject(6, LocalDate.class)), today, today.plusDays(AHEAD_DAYS), BATCH);
            due.forEach(d -> notifications.toCompany(d.company(), Notice.of(NotificationType.NEED_DEADLINE,
                    "need-deadline:" + d.id() + ":" + d.deadline(), "/needs/" + d.id(), d.titles(),
                    d.deadline().toString())));
            return due.size();
        });
    }
}
