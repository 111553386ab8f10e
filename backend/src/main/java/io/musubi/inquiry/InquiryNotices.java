package io.musubi.inquiry;

import io.musubi.company.CompanyService;
import io.musubi.notification.Notice;
import io.musubi.notification.NotificationType;
import io.musubi.notification.Notifications;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Tells the other company of a new message: the receiver of an inquiry learns of it and of the sender's follow-ups
 * (INQUIRY_RECEIVED), the sender learns of the receiver's answers (INQUIRY_ANSWERED). Runs in the message's
 * transaction.
 */
@Singleton
class InquiryNotices {
    private final Notifications notifications;
    private final CompanyService companies;

    InquiryNotices(Notifications notifications, CompanyService companies) {
        this.notifications = notifications;
        this.companies = companies;
    }

    void messageSent(Inquiry inquiry, InquiryMessage message) {
        boolean bySender = inquiry.sentBy(message.authorCompanyId());
        UUID reader = inquiry.counterpartOf(message.authorCompanyId());
        if (reader == null) {
            return; // the other company was deleted
        }
        Localized author = companies.summary(message.authorCompanyId()).map(CompanyService.Summary::names)
                .orElse(Localized.EMPTY);
        notifications.toCompany(reader, Notice.of(
                bySender ? NotificationType.INQUIRY_RECEIVED : NotificationType.INQUIRY_ANSWERED,
                "inquiry-message:" + message.id(), "/inbox/" + inquiry.id(), author, message.body()));
    }
}
