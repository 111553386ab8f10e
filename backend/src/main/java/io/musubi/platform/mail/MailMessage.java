package io.musubi.platform.mail;

import io.micronaut.core.annotation.Nullable;

/**
 * One mail to one recipient, rendered. {@code idempotencyKey} names what the mail is about (e.g.
 * {@code password-reset:<token hash>}): the same key is stored and sent once (the Message-ID is the outbox row's, see
 * {@code SmtpSessions}). {@code unsubscribeUrl}, where set, goes into the List-Unsubscribe header (RFC 8058: one
 * click, by POST) as well as the mail's footer.
 */
public record MailMessage(String idempotencyKey, String recipient, String subject, String text, String html,
                          @Nullable String unsubscribeUrl) {
    public MailMessage(String idempotencyKey, String recipient, String subject, String text, String html) {
        this(idempotencyKey, recipient, subject, text, html, null);
    }
}
