package io.musubi.company;

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
 * A company is told when one of its certificates expires within {@link #AHEAD_DAYS} days, once per expiry date (a
 * renewed certificate with a new date is watched afresh). Batches claim their rows with {@code FOR UPDATE SKIP
 * LOCKED} and mark them with the notices in one transaction: once across instances, caught up after a restart.
 */
@Singleton
class CertificateReminders {
    static final int AHEAD_DAYS = 30;
    static final int BATCH = 500;

    private record Due(UUID id, UUID company, CertificationStandard standard, String name, String number,
                       LocalDate until) {
    }

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final Notifications notifications;
    private final Clock clock;

    CertificateReminders(Sql sql, TransactionOperations<Connection> transactions, Notifications notifications,
                         Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${musubi.company.certificate-reminder-interval:1h}", initialDelay = "2m")
    void run() {
        remind();
    }

    /** Reminds of everything due now; answers how many. */
    int remind() {
        return Batches.untilShort(transactions, BATCH, status -> {
            LocalDate today = LocalDate.now(clock);
            List<Due> due = sql.list("""
                    UPDATE certification SET expiry_warned_for = valid_until WHERE id IN (
                        SELECT id FROM certification
                        WHERE valid_until >= ? AND valid_until <= ? AND verification <> 'REJECTED'
                          AND expiry_warned_for IS DISTINCT FROM valid_until
                        ORDER BY valid_until LIMIT ? FOR UPDATE SKIP LOCKED)
                    RETURNING company_id, standard, name, number, valid_until, id""",
                    r -> new Due(r.getObject(6, UUID.class), r.getObject(1, UUID.class),
                            CertificationStandard.fromCode(r.getString(2)).orElse(CertificationStandard.OTHER),
                            r.getString(3), r.getString(4),
                            r.getObject(5, LocalDate.class)), today, today.plusDays(AHEAD_DAYS), BATCH);
            due.forEach(d -> notifications.toCompany(d.company(), Notice.of(NotificationType.CERTIFICATE_EXPIRING,
                    "certificate-expiring:" + d.id() + ":" + d.until(), "/my/profile", label(d),
                    d.until().toString())));
            return due.size();
        });
    }

    private static Object label(Due d) {
        Localized standard = d.standard() == CertificationStandard.OTHER && d.name() != null
                ? new Localized(d.name(), d.name(), d.name()) : d.standard().labels();
        if (d.number() == null) {
            return standard;
        }
        return new Localized(standard.ja() + " " + d.number(), standard.zh() + " " + d.number(),
                standard.en() + " " + d.number());
    }
}
