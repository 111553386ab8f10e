package io.musubi.notification;

/** How a notification of a type reaches a user beyond the notification centre, which always shows it. */
public enum Delivery {
    /** A mail as soon as it happens. */
    INSTANT,
    /** Gathered into one mail a day. */
    DAILY,
    /** In the notification centre only. */
    OFF
}
