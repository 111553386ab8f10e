package io.musubi.notification;

import io.micronaut.core.annotation.Nullable;
import io.musubi.platform.mail.MailMessage;
import java.util.List;

/**
 * One thing to tell people, before it is rendered for each of them. {@code key} names the occurrence (for example
 * {@code inquiry-message:<id>}): a user gets one notification per key however often it is posted. {@code link} is
 * the UI path it opens. {@code args} fill the texts' {0}, {1} …: plain values, {@code Localized} texts (shown in the
 * reader's language) or {@link Term}s (words from the notification catalogue). {@code attachment}: a file its
 * instant mails carry.
 */
public record Notice(NotificationType type, String key, String link, List<Object> args,
                     @Nullable MailMessage.Attachment attachment) {
    public Notice {
        if (key.length() > 200) {
            throw new IllegalArgumentException("notification keys are at most 200 characters: " + key);
        }
        args = List.copyOf(args);
    }

    public static Notice of(NotificationType type, String key, String link, Object... args) {
        return new Notice(type, key, link, java.util.Arrays.stream(args).map(a -> a == null ? "" : a).toList(),
                null);
    }

    /** The same notice with a file for its instant mail (the digest lists notices, it attaches nothing). */
    public Notice withAttachment(MailMessage.Attachment file) {
        return new Notice(type, key, link, args, file);
    }

    /** A word the catalogue translates, such as a status: {@code Term.of("introduction-status.DEAL")}. */
    public record Term(String key) {
        public static Term of(String key) {
            return new Term(key);
        }
    }
}
