package io.musubi.notification;

import io.micronaut.context.ApplicationContext;

/** The benchmarks' door to the daily digest job, which is package-private in the app. */
public final class NotificationDigestAccess {
    private NotificationDigestAccess() {
    }

    public static int sendDue(ApplicationContext context) {
        return context.getBean(NotificationDigest.class).sendDue();
    }
}
