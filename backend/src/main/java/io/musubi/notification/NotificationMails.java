package io.musubi.notification;

import io.musubi.platform.mail.Mailbox;
import io.musubi.platform.mail.MailTemplates;
import jakarta.inject.Singleton;
import java.util.UUID;

/** A notification as a mail in the recipient's language, with the one-click link that stops mails of its type. */
@Singleton
class NotificationMails {
    private final Mailbox mailbox;
    private final MailTemplates templates;
    private final UnsubscribeLinks unsubscribeLinks;

    NotificationMails(Mailbox mailbox, MailTemplates templates, UnsubscribeLinks unsubscribeLinks) {
        this.mailbox = mailbox;
        this.templates = templates;
        this.unsubscribeLinks = unsubscribeLinks;
    }

    void instant(UUID notificationId, Recipient to, Notice notice, NoticeTexts.Rendered rendered) {
        String language = to.language();
        mailbox.post(templates.render("notification", language, "notification:" + notificationId, to.email(),
                notice.link(), unsubscribeLinks.forMail(to.id(), notice.type(), language),
                NoticeTexts.in(rendered.title(), language), to.displayName(),
                NoticeTexts.in(rendered.body(), language)).withAttachment(notice.attachment()));
    }
}
