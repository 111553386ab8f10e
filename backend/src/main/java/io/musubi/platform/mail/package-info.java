/**
 * Mail as an outbox: a feature renders a mail with {@code MailTemplates} (catalogue
 * {@code resources/mail/messages*.properties}: English base, {@code _ja}, {@code _zh}; the recipient's language; plain
 * text and HTML with every filled-in value escaped) and stores it with {@code Mailbox.post} inside the transaction of
 * the change that causes it (propagation MANDATORY: no transaction, no mail). The table is {@code mail_outbox}; a
 * mail's idempotency key (for example {@code password-reset:<token hash>}) is stored once, so posting twice sends once.
 * {@code MailSender} is a scheduled job on every instance: it claims due mails with {@code FOR UPDATE SKIP LOCKED},
 * sends them over SMTP ({@code MailSettings}, {@code musubi.mail.*}) and retries with a doubling back-off, so an SMTP
 * outage delays mails but loses none. This package knows no feature: which mail a change causes, and its template,
 * belong to the feature that makes the change (today {@code account} and {@code team}).
 */
package io.musubi.platform.mail;
