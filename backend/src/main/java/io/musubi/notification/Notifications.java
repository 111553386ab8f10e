package io.musubi.notification;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What features call, inside the transaction of the change that causes a notice: one notification per recipient
 * (once per notice key, however often it is posted), and for those who want it at once, the mail in the same
 * transaction. A rolled-back change tells nobody; a committed one is never lost. Deleted accounts get nothing.
 */
@Singleton
public class Notifications {
    private final Sql sql;
    private final NoticeTexts texts;
    private final NotificationMails mails;
    private final Clock clock;

    Notifications(Sql sql, NoticeTexts texts, NotificationMails mails, Clock clock) {
        this.sql = sql;
        this.texts = texts;
        this.mails = mails;
        this.clock = clock;
    }

    /** Tells every active member of a company. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toCompany(UUID companyId, Notice notice) {
        store(recipients("u.company_id = ?", notice.type(), companyId), notice);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void toUsers(Collection<UUID> userIds, Notice notice) {
        if (!userIds.isEmpty()) {
            store(recipients("u.id = ANY(?)", notice.type(), new Sql.UuidArray(List.copyOf(userIds))), notice);
        }
    }

    /** One notification per recipient (none where its key is stored already), mailed at once where they want it. */
    private void store(List<Recipient> recipients, Notice notice) {
        if (recipients.isEmpty()) {
            return;
        }
        NoticeTexts.Rendered rendered = texts.render(notice);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        for (Recipient recipient : recipients) {
            UUID id = UUID.randomUUID();
            boolean mailNow = recipient.delivery() == Delivery.INSTANT && recipient.emailConfirmed();
            int stored = sql.update("""
                    INSERT INTO notification (id, user_id, type, idempotency_key, title_ja, title_zh, title_en,
                        body_ja, body_zh, body_en, link, delivery, created_at, mailed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (user_id, idempotency_key) DO NOTHING""",
                    id, recipient.id(), notice.type(), notice.key(), rendered.title().ja(), rendered.title().zh(),
                    rendered.title().en(), rendered.body().ja(), rendered.body().zh(), rendered.body().en(),
                    notice.link(), recipient.delivery(), now, mailNow ? now : null);
            if (stored == 1 && mailNow) {
                mails.instant(id, recipient, notice, rendered);
            }
        }
    }

    /** The active users {@code where} names, with their choice for the type (or its default). */
    private List<Recipient> recipients(String where, NotificationType type, Object key) {
        return sql.list("""
                SELECT u.id, u.email, u.language, u.display_name, u.email_confirmed, p.delivery
                FROM user_directory u
                LEFT JOIN notification_preference p ON p.user_id = u.id AND p.type = ?
                WHERE u.active AND\s""" + where,
                r -> new Recipient(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                        r.getBoolean(5), r.getString(6) == null ? type.defaultDelivery()
                        : Delivery.valueOf(r.getString(6))),
                type, key);
    }
}
