package io.musubi.notification;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** How each type reaches a user (instant mail, daily digest, in-app only), and the one-click way to stop a type. */
@Singleton
class NotificationPreferences {
    private final Sql sql;
    private final NoticeTexts texts;
    private final UnsubscribeLinks unsubscribeLinks;

    NotificationPreferences(Sql sql, NoticeTexts texts, UnsubscribeLinks unsubscribeLinks) {
        this.sql = sql;
        this.texts = texts;
        this.unsubscribeLinks = unsubscribeLinks;
    }

    @Transactional(readOnly = true)
    NotificationViews.Preferences of(UUID userId) {
        Map<NotificationType, Delivery> chosen = new HashMap<>();
        sql.list("SELECT type, delivery FROM notification_preference WHERE user_id = ?",
                r -> Map.entry(NotificationType.valueOf(r.getString(1)), Delivery.valueOf(r.getString(2))), userId)
                .forEach(choice -> chosen.put(choice.getKey(), choice.getValue()));
        return new NotificationViews.Preferences(Arrays.stream(NotificationType.values())
                .map(type -> new NotificationViews.Preference(type, label(type),
                        chosen.getOrDefault(type, type.defaultDelivery()), type.defaultDelivery()))
                .toList());
    }

    @Transactional
    NotificationViews.Preferences change(UUID userId, NotificationViews.PreferencesChange request) {
        List<FieldError> problems = new ArrayList<>();
        Map<NotificationType, Delivery> changes = new HashMap<>();
        request.preferences().forEach((name, delivery) -> {
            NotificationType type = Arrays.stream(NotificationType.values()).filter(t -> t.name().equals(name))
                    .findFirst().orElse(null);
            if (type == null) {
                problems.add(new FieldError("preferences." + name, "unknown", "is not a notification type"));
            } else if (delivery == null) {
                problems.add(new FieldError("preferences." + name, "required", "must be INSTANT, DAILY or OFF"));
            } else {
                changes.put(type, delivery);
            }
        });
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        changes.forEach((type, delivery) -> choose(userId, type, delivery));
        return of(userId);
    }

    /** Stops the mails a signed link names; a token this app did not sign changes nothing. */
    @Transactional
    NotificationViews.Unsubscribed unsubscribe(String token) {
        UnsubscribeLinks.Target target = unsubscribeLinks.read(token)
                .orElseThrow(() -> ApiException.invalid("token", "invalid", "is not a valid unsubscribe link"));
        if (target.type() == null) {
            of(target.userId()).items().stream().filter(p -> p.delivery() == Delivery.DAILY)
                    .forEach(p -> choose(target.userId(), p.type(), Delivery.OFF));
            return new NotificationViews.Unsubscribed(null, localized("digest.label"));
        }
        choose(target.userId(), target.type(), Delivery.OFF);
        return new NotificationViews.Unsubscribed(target.type(), label(target.type()));
    }

    private void choose(UUID userId, NotificationType type, Delivery delivery) {
        sql.update("""
                INSERT INTO notification_preference (user_id, type, delivery)
                SELECT id, ?, ? FROM user_directory WHERE id = ? AND active
                ON CONFLICT (user_id, type) DO UPDATE SET delivery = EXCLUDED.delivery""", type, delivery, userId);
    }

    private Localized label(NotificationType type) {
        return localized(type.textKey() + ".label");
    }

    private Localized localized(String key) {
        return new Localized(texts.text("ja", key), texts.text("zh", key), texts.text("en", key));
    }
}
