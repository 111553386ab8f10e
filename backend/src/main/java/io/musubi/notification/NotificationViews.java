package io.musubi.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The notification API's payloads. */
final class NotificationViews {
    private NotificationViews() {
    }

    @Serdeable
    record Item(UUID id, NotificationType type, Localized title, Localized body, @Nullable String link,
                Instant createdAt, @Nullable Instant readAt) {
    }

    /** A page of my notifications, newest first, with how many I have not read in all. */
    @Serdeable
    record Page(long unread, long total, int page, int size, List<Item> items) {
    }

    @Serdeable
    record Unread(long unread) {
    }

    /** Either some of my notifications by id or all of them. */
    @Serdeable
    record MarkRead(@Nullable @Size(max = 200, message = "at most 200 at a time") List<@NotNull UUID> ids,
                    @Nullable Boolean all) {
    }

    @Serdeable
    record Preference(NotificationType type, Localized label, Delivery delivery, Delivery defaultDelivery) {
    }

    @Serdeable
    record Preferences(List<Preference> items) {
    }

    /** New choices by type; types not named keep theirs. */
    @Serdeable
    record PreferencesChange(@NotNull(message = "is required") Map<String, Delivery> preferences) {
    }

    /** What a one-click unsubscribe stopped: mails of one type, or ({@code type} null) the daily digest. */
    @Serdeable
    record Unsubscribed(@Nullable NotificationType type, Localized label) {
    }
}
