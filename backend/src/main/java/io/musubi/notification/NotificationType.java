package io.musubi.notification;

/**
 * What a notification is about. Each has texts in {@code notification/messages*.properties} ({@code <type>.title},
 * {@code <type>.body}) and a delivery a user gets until they choose another: things that need an answer soon are
 * mailed at once, news that can wait comes in the daily digest.
 */
public enum NotificationType {
    INQUIRY_RECEIVED(Delivery.INSTANT),
    INQUIRY_ANSWERED(Delivery.INSTANT),
    MEETING_REQUEST_RECEIVED(Delivery.INSTANT),
    MEETING_REQUEST_ACCEPTED(Delivery.INSTANT),
    MEETING_REQUEST_DECLINED(Delivery.DAILY),
    MEETING_REQUEST_EXPIRING(Delivery.INSTANT),
    MEETING_REQUEST_EXPIRED(Delivery.DAILY),
    SCHEDULE_PUBLISHED(Delivery.INSTANT),
    MEETING_MOVED(Delivery.INSTANT),
    FAIR_TOMORROW(Delivery.INSTANT),
    FAIR_TODAY(Delivery.INSTANT),
    INTRODUCTION_MADE(Delivery.INSTANT),
    INTRODUCTION_STATUS_CHANGED(Delivery.DAILY),
    CERTIFICATE_EXPIRING(Delivery.DAILY),
    NEED_DEADLINE(Delivery.INSTANT),
    SAVED_SEARCH(Delivery.DAILY),
    NEW_OPPORTUNITIES(Delivery.DAILY),
    NEW_SUPPLIERS(Delivery.DAILY);

    private final Delivery defaultDelivery;

    NotificationType(Delivery defaultDelivery) {
        this.defaultDelivery = defaultDelivery;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }

    /** The key prefix of the type's texts, e.g. {@code inquiry-received}. */
    String textKey() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
