package io.musubi.platform.mail;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.platform.Sql;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the mail outbox over SMTP. Each round claims due mails with {@code FOR UPDATE SKIP LOCKED} (so several
 * instances never send the same mail side by side), sends them over one connection and marks them sent in the same
 * transaction; a mail that fails waits 5 s, 10 s, 20 s … (at most {@code musubi.mail.retry-max}) and is tried again, so
 * an SMTP outage delays mails but loses none. A crash between the server's acceptance and the commit would send a
 * mail again with the same Message-ID, by which receiving servers and clients recognise it.
 */
@Singleton
class MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final MailSettings settings;
    private final Clock clock;
    private final Duration retryInitial;
    private final Duration retryMax;
    private final int senders;
    private final ExecutorService workers;

    MailSender(Sql sql, TransactionOperations<Connection> transactions, MailSettings settings, Clock clock,
               @Value("${musubi.mail.retry-initial:5s}") Duration retryInitial,
               @Value("${musubi.mail.retry-max:10m}") Duration retryMax,
               @Value("${musubi.mail.senders:2}") int senders) {
        this.sql = sql;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.retryInitial = retryInitial;
        this.retryMax = retryMax;
        this.senders = Math.max(1, senders);
        this.workers = Executors.newFixedThreadPool(Math.max(1, this.senders - 1), runnable -> {
            Thread thread = new Thread(runnable, "mail-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    record Pending(UUID id, String recipient, String subject, String text, String html, String unsubscribeUrl,
                   MailMessage.Attachment attachment, int attempts) {
    }

    /**
     * Delivers what is due; when there is more than a batch, {@code musubi.mail.senders} connections (2) work side by
     * side, each claiming its own batches (SKIP LOCKED), as several instances do.
     */
    @Scheduled(fixedDelay = "${musubi.mail.interval:2s}", initialDelay = "1s")
    void deliverDue() {
        if (!settings.configured()) {
            return;
        }
        try {
            if (deliverBatch() < settings.batchSize()) {
                return;
            }
            List<Future<?>> others = new ArrayList<>();
            for (int i = 1; i < senders; i++) {
                others.add(workers.submit(this::drain));
            }
            drain();
            for (Future<?> other : others) {
                other.get();
            }
        } catch (RuntimeException | ExecutionException e) {
            LOG.warn("Mail delivery paused: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        while (deliverBatch() == settings.batchSize()) {
            // a full batch: more may be due
        }
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdownNow();
    }

    /** One batch in one transaction; returns how many mails it claimed. */
    int deliverBatch() {
        return transactions.executeWrite(status -> {
            Instant now = clock.instant();
            List<Pending> due = sql.list("""
                    SELECT id, recipient, subject, text_body, html_body, unsubscribe_url, attachment_name, attachment_type,
                           attachment_content, attempts FROM mail_outbox
                    WHERE sent_at IS NULL AND next_attempt_at <= ?
                    ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED""",
                    r -> new Pending(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7) == null ? null
                            : new MailMessage.Attachment(r.getString(7), r.getString(8), r.getBytes(9)), r.getInt(10)),
                    now, settings.batchSize());
            if (due.isEmpty()) {
                return 0;
            }
            Session session = Session.getInstance(SmtpSessions.properties(settings));
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(settings.host(), settings.port(), blankToNull(settings.username()),
                        blankToNull(settings.password()));
                for (Pending mail : due) {
                    try {
                        var message = SmtpSessions.message(session, settings.from(), mail);
                        transport.sendMessage(message, message.getAllRecipients());
                        sql.update("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL "
                                + "WHERE id = ?", clock.instant(), mail.id());
                    } catch (MessagingException e) {
                        failed(mail, e, now);
                    }
                }
            } catch (MessagingException e) {
                LOG.warn("SMTP server {}:{} unavailable, {} mails wait: {}", settings.host(), settings.port(),
                        due.size(), e.getMessage());
                due.forEach(mail -> failed(mail, e, now));
            }
            return due.size();
        });
    }

    private void failed(Pending mail, Exception e, Instant now) {
        String error = String.valueOf(e.getMessage());
        sql.update("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                now.plus(backoff(mail.attempts() + 1)), error.length() > 1000 ? error.substring(0, 1000) : error,
                mail.id());
    }

    /** 5 s after the first failure, doubling, at most {@code retryMax}. */
    Duration backoff(int failures) {
        Duration delay = retryInitial.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
