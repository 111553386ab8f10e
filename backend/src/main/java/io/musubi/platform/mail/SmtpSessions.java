package io.musubi.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Jakarta Mail's side: the SMTP session's properties and a mail as a MIME message (text and HTML alternatives). */
final class SmtpSessions {
    private SmtpSessions() {
    }

    static Properties properties(MailSettings settings) {
        Properties properties = new Properties();
        String timeout = String.valueOf(settings.timeout().toMillis());
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.auth", String.valueOf(settings.username() != null && !settings.username().isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        // the plain connection; STARTTLS wraps this same socket in TLS, so TCP_NODELAY stays
        properties.put("mail.smtp.socketFactory", new NoDelaySockets());
        properties.put("mail.smtp.socketFactory.fallback", "false");
        return properties;
    }

    static MimeMessage message(Session session, String from, MailSender.Pending mail) throws MessagingException {
        MimeMessage message = new KeyedMessage(session, "<" + mail.id() + "@musubi>");
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart body = new MimeMultipart("alternative", text, html);
        if (mail.attachment() == null) {
            message.setContent(body);
        } else {
            MimeBodyPart texts = new MimeBodyPart();
            texts.setContent(body);
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment().content(),
                    mail.attachment().contentType())));
            file.setFileName(mail.attachment().filename());
            message.setContent(new MimeMultipart("mixed", texts, file));
        }
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.saveChanges();
        return message;
    }

    /** A message whose Message-ID is the outbox row's, the same on every attempt. */
    private static final class KeyedMessage extends MimeMessage {
        private final String messageId;

        KeyedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
