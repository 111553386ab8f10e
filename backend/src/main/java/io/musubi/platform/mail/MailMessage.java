package io.musubi.platform.mail;

import io.micronaut.core.annotation.Nullable;

/**
 * One mail to one recipient, rendered. {@code idempotencyKey} names what the mail is about (e.g.
 * {@code password-reset:<token hash>}): the same key is stored and sent once (the Message-ID is the outbox row's, see
 * {@code SmtpSessions}). {@code unsubscribeUrl}, where set, goes into the List-Unsubscribe header (RFC 8058: one
 * click, by POST) as well as the mail's footer. {@code attachment}, where set, is sent beside the text (an agenda's
 * .ics, for example).
 */
public record MailMessage(String idempotencyKey, String recipient, String subject, String text, String html,
                          @Nullable String unsubscribeUrl, @Nullable Attachment attachment) {
    public MailMessage(String idempotencyKey, String recipient, String subject, String text, String html) {
        this(idempotencyKey, recipient, subject, text, html, null, null);
    }

    public MailMessage(String idempotencyKey, String recipient, String subject, String text, String html,
                       @Nullable String unsubscribeUrl) {
        this(idempotencyKey, recipient, subject, text, html, unsubscribeUrl, null);
    }

    public MailMessage withAttachment(@Nullable Attachment file) {
        return new MailMessage(idempotencyKey, recipient, subject, text, html, unsubscribeUrl, file);
    }

    /** A file sent with a mail: its name, its MIME type (with parameters) and its bytes. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
