package io.musubi.match;

import io.micronaut.context.ApplicationContext;

/** The benchmarks' door to the new-matches digest job, which is package-private in the app. */
public final class MatchAlertsAccess {
    private MatchAlertsAccess() {
    }

    public static int alertDue(ApplicationContext context) {
        return context.getBean(MatchAlerts.class).alertDue();
    }
}
