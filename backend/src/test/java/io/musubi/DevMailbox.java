package io.musubi;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.testing.LocalSmtp;
import io.musubi.testing.Mails;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The run command's mailbox: every mail the app sent to the embedded SMTP server, newest first, for the UI's
 * /dev/mail page. It lives on the test class path, so no production build has it; the run command and the browser
 * tests switch it on ({@code musubi.dev-mailbox.enabled}).
 */
@Controller("/api/dev/mail")
@Requires(property = "musubi.dev-mailbox.enabled", value = "true")
@Requires(beans = LocalSmtp.class)
@Secured(SecurityRule.IS_ANONYMOUS)
class DevMailbox {
    private final LocalSmtp smtp;

    DevMailbox(LocalSmtp smtp) {
        this.smtp = smtp;
    }

    @Serdeable
    record Mail(String id, String to, String subject, String text, Instant receivedAt) {
    }

    @Get
    List<Mail> mails() throws MessagingException {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.received()) {
            mails.add(new Mail(message.getMessageID(), message.getAllRecipients()[0].toString(), message.getSubject(),
                    Mails.part(message, "text/plain"), message.getReceivedDate() == null ? Instant.EPOCH
                            : message.getReceivedDate().toInstant()));
        }
        mails.sort(Comparator.comparing(Mail::receivedAt).reversed());
        return mails;
    }
}
