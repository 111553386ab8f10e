/**
 * The notification centre: what happened that a user should know (an inquiry, a meeting request and its answer,
 * an introduction …), shown in the app ({@code GET /api/notifications}, {@code POST /api/notifications/read})
 * and, by the user's choice per type ({@code /api/notifications/preferences}: INSTANT, DAILY, OFF), mailed in their language
 * with a signed one-click unsubscribe link ({@code POST /api/notifications/unsubscribe?token=}, no login; also the
 * mail's RFC 8058 List-Unsubscribe header). {@code NotificationDigest} mails the DAILY ones once a day per user.
 * Tables {@code notification}, {@code notification_preference} and {@code notification_digest}.
 * <p>Features call {@link io.musubi.notification.Notifications} inside the transaction of the change that causes a
 * notice ({@code toCompany}, {@code toUsers}; propagation MANDATORY, like {@code Mailbox.post}), with a
 * {@link io.musubi.notification.Notice}: a type, a key that makes it once per user, the UI path it opens and the
 * values of its texts ({@code notification/messages*.properties}, rendered in ja, zh and en when stored). Recipients
 * come from account's {@code user_directory} view; a deleted account's notifications are erased on
 * {@code platform.security.AccountDeleted}. This package depends on no feature, so every feature may call it.
 */
package io.musubi.notification;
