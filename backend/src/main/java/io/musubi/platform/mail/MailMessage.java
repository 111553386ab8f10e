package io.musubi.platform.mail;

/**
 * One mail to one recipient, rendered. {@code idempotencyKey} names what the mail is about (e.g.
 * {@code password-reset:<token hash>}): the same key is stored and sent once (the Message-ID is the outbox row's, see {@code SmtpSessions}).
 */
public record MailMessage(String idempotencyKey, String recipient, String subject, String text, String html) {
}
