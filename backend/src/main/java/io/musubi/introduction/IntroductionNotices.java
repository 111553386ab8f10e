package io.musubi.introduction;

import io.musubi.company.CompanyService;
import io.musubi.notification.Notice;
import io.musubi.notification.NotificationType;
import io.musubi.notification.Notifications;
import io.musubi.opportunity.Need;
import io.musubi.opportunity.NeedService;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Tells both companies of an introduction and of each step it takes, in the transaction that records it. The firm
 * behind an anonymous need stays unnamed to the other company until it agrees, in notifications as on the page.
 */
@Singleton
class IntroductionNotices {
    private final Notifications notifications;
    private final CompanyService companies;
    private final NeedService needs;

    IntroductionNotices(Notifications notifications, CompanyService companies, NeedService needs) {
        this.notifications = notifications;
        this.companies = companies;
        this.needs = needs;
    }

    void made(Introduction introduction) {
        tellBoth(introduction, NotificationType.INTRODUCTION_MADE, "introduction:" + introduction.id(),
                introduction.note());
    }

    void statusChanged(Introduction introduction, IntroductionEvent step) {
        tellBoth(introduction, NotificationType.INTRODUCTION_STATUS_CHANGED, "introduction-event:" + step.id(),
                Notice.Term.of("introduction-status." + step.status().name()));
    }

    private void tellBoth(Introduction introduction, NotificationType type, String key, Object detail) {
        UUID hiddenFirm = hiddenFirm(introduction);
        tell(introduction.companyA(), introduction.companyB(), hiddenFirm, type, key, detail);
        tell(introduction.companyB(), introduction.companyA(), hiddenFirm, type, key, detail);
    }

    private void tell(UUID reader, UUID other, UUID hiddenFirm, NotificationType type, String key, Object detail) {
        Object otherName = other.equals(hiddenFirm) ? Notice.Term.of("anonymous-firm")
                : companies.summary(other).map(CompanyService.Summary::names).orElse(Localized.EMPTY);
        notifications.toCompany(reader, Notice.of(type, key, "/introductions", otherName, detail));
    }

    /** The firm behind the anonymous need, while it has not agreed to be named; else null. */
    private UUID hiddenFirm(Introduction introduction) {
        if (introduction.firmConsent() == null || introduction.firmConsent() == Introduction.Consent.ACCEPTED
                || introduction.needId() == null) {
            return null;
        }
        return needs.row(introduction.needId()).map(Need::companyId).orElse(null);
    }
}
