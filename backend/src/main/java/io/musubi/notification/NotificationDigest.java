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
import java.util.List;
import java.util.Optional;
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

    @Scheduled(fixedDelay = "${musubi.notifications.digest-interval:5m}", initialDelay = "${musubi.notifications.digest-initial-delay:1m}")
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

    private int batch(LocalDate day) {
        List<UUID> users = sql.list("""
                SELECT DISTINCT n.user_id FROM notification n
                WHERE n.delivery = 'DAILY' AND n.mailed_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM notification_digest d WHERE d.user_id = n.user_id AND d.day = ?)
                LIMIT ?""", r -> r.getObject(1, UUID.class), day, BATCH);
        users.forEach(user -> digest(user, day));
        return users.size();
    }

    private record Item(UUID id, Localized title, String link) {
    }

    private record Reader(String email, String language, String displayName, boolean mailable) {
    }

    private void digest(UUID user, LocalDate day) {
        Instant now = clock.instant();
        if (sql.update("INSERT INTO notification_digest (user_id, day, sent_at, items) VALUES (?, ?, ?, 0) "
                + "ON CONFLICT (user_id, day) DO NOTHING", user, day, now) == 0) {
            return; // another instance has it
        }
        List<Item> items = sql.list("""
                SELECT id, title_ja, title_zh, title_en, link FROM notification
                WHERE user_id = ? AND delivery = 'DAILY' AND mailed_at IS NULL ORDER BY created_at DESC FOR UPDATE""",
                r -> new Item(r.getObject(1, UUID.class), new Localized(r.getString(2), r.getString(3),
                        r.getString(4)), r.getString(5)), user);
        sql.update("UPDATE notification SET mailed_at = ? WHERE id = ANY(?)", now,
                new Sql.UuidArray(items.stream().map(Item::id).toList()));
        sql.update("UPDATE notification_digest SET items = ? WHERE user_id = ? AND day = ?", items.size(), user, day);
        reader(user).filter(Reader::mailable).ifPresent(reader -> mailbox.post(templates.render(
                "notification-digest", reader.language(), "notification-digest:" + user + ":" + day, reader.email(),
                "/notifications", unsubscribeLinks.forDigest(user, reader.language()), items.size(),
                reader.displayName(), list(items, reader.language()))));
    }

    private Optional<Reader> reader(UUID user) {
        return sql.one("SELECT email, language, display_name, active AND email_confirmed FROM user_directory "
                + "WHERE id = ?", r -> new Reader(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4)), user);
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
