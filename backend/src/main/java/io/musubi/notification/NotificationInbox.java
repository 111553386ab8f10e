package io.musubi.notification;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user's own notifications: the page they read, the unread count, marking read. Nobody sees another's. */
@Singleton
class NotificationInbox {
    static final int MAX_SIZE = 100;

    private final Sql sql;
    private final Clock clock;

    NotificationInbox(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    NotificationViews.Page page(UUID userId, int page, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.invalid("size", "range", "must be between 1 and " + MAX_SIZE);
        }
        if (page < 0) {
            throw ApiException.invalid("page", "range", "must be 0 or more");
        }
        List<NotificationViews.Item> items = sql.list("""
                SELECT id, type, title_ja, title_zh, title_en, body_ja, body_zh, body_en, link, created_at, read_at
                FROM notification WHERE user_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?""",
                r -> new NotificationViews.Item(r.getObject("id", UUID.class),
                        NotificationType.valueOf(r.getString("type")),
                        new Localized(r.getString("title_ja"), r.getString("title_zh"), r.getString("title_en")),
                        new Localized(r.getString("body_ja"), r.getString("body_zh"), r.getString("body_en")),
                        r.getString("link"), Sql.instant(r, "created_at"), Sql.instant(r, "read_at")),
                userId, size, (long) page * size);
        long total = sql.count("SELECT COUNT(*) FROM notification WHERE user_id = ?", userId);
        return new NotificationViews.Page(unread(userId), total, page, size, items);
    }

    @Transactional(readOnly = true)
    long unread(UUID userId) {
        return sql.count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND read_at IS NULL", userId);
    }

    /** Marks the named notifications (those of others are ignored, as if they did not exist) or all of them. */
    @Transactional
    long markRead(UUID userId, NotificationViews.MarkRead request) {
        boolean all = Boolean.TRUE.equals(request.all());
        List<UUID> ids = request.ids() == null ? List.of() : request.ids();
        if (all == !ids.isEmpty()) {
            throw ApiException.invalid("ids", "required", "name the notifications to mark read, or send all: true");
        }
        Instant now = clock.instant();
        if (all) {
            sql.update("UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL", now, userId);
        } else {
            sql.update("UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND id = ANY(?)",
                    now, userId, new Sql.UuidArray(ids));
        }
        return unread(userId);
    }
}
