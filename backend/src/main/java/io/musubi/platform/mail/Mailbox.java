package io.musubi.platform.mail;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Where features put the mails a change causes: stored in the change's own transaction (so a rolled-back change sends
 * nothing and a committed one is never lost), delivered afterwards by {@link MailSender}.
 */
@Singleton
public class Mailbox {
    private final Sql sql;
    private final Clock clock;

    Mailbox(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Must run inside the caller's transaction; a mail whose key is stored already is not stored again. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void post(MailMessage mail) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        MailMessage.Attachment file = mail.attachment();
        sql.update("""
                INSERT INTO mail_outbox (id, idempotency_key, recipient, subject, text_body, html_body, unsubscribe_url,
                                         attachment_name, attachment_type, attachment_content, created_at,
                                         next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING""",
                UUID.randomUUID(), mail.idempotencyKey(), mail.recipient(), mail.subject(), mail.text(), mail.html(),
                mail.unsubscribeUrl(), file == null ? null : file.filename(), file == null ? null : file.contentType(),
                file == null ? null : file.content(), now, now);
    }
}
