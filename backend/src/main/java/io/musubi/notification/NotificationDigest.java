package io.musubi.notification;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.platform.Batches;
import io.musubi.platform.Sql;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.mail.MailSettings;
import io.musubi.platform.mail.MailTemplates;
import io.musubi.platform.mail.Mailbox;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The daily digest: once a day, from {@code musubi.notifications.digest-hour} (8) in
 * {@code musubi.notifications.digest-zone} (Asia/Tokyo), each user with notifications they chose to receive daily gets
 * one mail listing them, in their language, with a one-click link that stops digests. A {@code notification_digest}
 * row per user and day, written in the same transaction as the mail and the notifications' {@code mailed_at}, makes it
 * once per day across instances and restarts; a run that was missed catches up at the next.
 */
@Singleton
class NotificationDigest {
    static final int BATCH = 200;
    /** Notifications listed in one mail; the rest are counted. */
    static final int LISTED = 30;

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final Mailbox mailbox;
    private final MailTemplates templates;
    private final MailSettings mailSettings;
    private final NoticeTexts texts;
    private final UnsubscribeLinks unsubscribeLinks;
    private final Clock clock;
    private final ZoneId zone;
    private final int hour;

    NotificationDigest(Sql sql, TransactionOperations<Connection> transactions, Mailbox mailbox,
                       MailTemplates templates, MailSettings mailSettings, NoticeTexts texts,
                       UnsubscribeLinks unsubscribeLinks, Clock clock,
                       @Value("${musubi.notifications.digest-zone:Asia/Tokyo}") String zone,
                       @Value("${musubi.notifications.digest-hour:8}") int hour) {
        this.sql = sql;
        this.transactions = transactions;
        this.mailbox = mailbox;
        this.templates = templates;
        this.mailSettings = mailSettings;
        this.texts = texts;
        this.unsubscribeLinks = unsubscribeLinks;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.hour = hour;
    }

    @Scheduled(fixedDelay = "${musubi.notifications.digest-interval:5m}",
            initialDelay = "${musubi.notifications.digest-initial-delay:1m}")
    void run() {
        sendDue();
    }

    /** Sends today's digests that are due and not sent yet; answers how many users were handled. */
    int sendDue() {
        ZonedDateTime now = clock.instant().atZone(zone);
        if (now.getHour() < hour) {
            return 0;
        }
        LocalDate day = now.toLocalDate();
        return Batches.untilShort(transactions, BATCH, status -> batch(day));
    }

    /**
     * Up to {@link #BATCH} users with notifications waiting for today's digest: their digest rows claimed (those
     * another instance claimed first are left to it), their notifications marked mailed, one mail each, all in this
     * batch's transaction and a statement per step, not per user.
     */
    private int batch(LocalDate day) {
        Instant now = clock.instant();
        List<UUID> waiting = sql.list("""
                SELECT DISTINCT n.user_id FROM notification n
                WHERE n.delivery = 'DAILY' AND n.mailed_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM notification_digest d WHERE d.user_id = n.user_id AND d.day = ?)
                LIMIT ?""", r -> r.getObject(1, UUID.class), day, BATCH);
        if (waiting.isEmpty()) {
            return 0;
        }
        List<UUID> claimed = sql.list("""
                INSERT INTO notification_digest (user_id, day, sent_at, items) SELECT u, ?, ?, 0 FROM unnest(?) AS u
                ON CONFLICT (user_id, day) DO NOTHING RETURNING user_id""", r -> r.getObject(1, UUID.class), day, now,
                new Sql.UuidArray(waiting));
        Map<UUID, List<Item>> items = new HashMap<>();
        sql.list("""
                UPDATE notification SET mailed_at = ?
                WHERE user_id = ANY(?) AND delivery = 'DAILY' AND mailed_at IS NULL
                RETURNING user_id, title_ja, title_zh, title_en, link, created_at""",
                r -> items.computeIfAbsent(r.getObject(1, UUID.class), u -> new ArrayList<>()).add(new Item(
                        new Localized(r.getString(2), r.getString(3), r.getString(4)), r.getString(5),
                        Sql.instant(r, "created_at"))), now, new Sql.UuidArray(claimed));
        items.values().forEach(list -> list.sort(Comparator.comparing(Item::createdAt).reversed()));
        List<UUID> users = List.copyOf(items.keySet());
        sql.update("""
                UPDATE notification_digest d SET items = c.items FROM unnest(?, ?) AS c (user_id, items)
                WHERE d.user_id = c.user_id AND d.day = ?""", new Sql.UuidArray(users),
                new Sql.IntArray(users.stream().map(u -> items.get(u).size()).toList()), day);
        for (Reader reader : readers(users)) {
            List<Item> mine = items.get(reader.id());
            mailbox.post(templates.render("notification-digest", reader.language(),
                    "notification-digest:" + reader.id() + ":" + day, reader.email(), "/notifications",
                    unsubscribeLinks.forDigest(reader.id(), reader.language()), mine.size(), reader.displayName(),
                    list(mine, reader.language())));
        }
        return waiting.size();
    }

    private record Item(Localized title, String link, Instant createdAt) {
    }

    private record Reader(UUID id, String email, String language, String displayName) {
    }

    /** Those of {@code users} who can be mailed: active, with a confirmed address. */
    private List<Reader> readers(List<UUID> users) {
        return sql.list("""
                SELECT id, email, language, display_name FROM user_directory
                WHERE id = ANY(?) AND active AND email_confirmed""", r -> new Reader(r.getObject(1, UUID.class),
                r.getString(2), r.getString(3), r.getString(4)), new Sql.UuidArray(users));
    }

    /** One paragraph a notification, its title and its link; those past {@link #LISTED} counted at the end. */
    private String list(List<Item> items, String language) {
        List<String> paragraphs = new ArrayList<>();
        for (Item item : items.subList(0, Math.min(LISTED, items.size()))) {
            String title = "・" + NoticeTexts.in(item.title(), language);
            paragraphs.add(item.link() == null ? title : title + "\n" + mailSettings.link(item.link()));
        }
        if (items.size() > LISTED) {
            paragraphs.add(texts.text(language, "digest.more", items.size() - LISTED));
        }
        return String.join("\n\n", paragraphs);
    }
}
