package io.musubi.notification;

import java.util.List;

/**
 * One thing to tell people, before it is rendered for each of them. {@code key} names the occurrence (for example
 * {@code inquiry-message:<id>}): a user gets one notification per key however often it is posted. {@code link} is
 * the UI path it opens. {@code args} fill the texts' {0}, {1} …: plain values, {@code Localized} texts (shown in the
 * reader's language) or {@link Term}s (words from the notification catalogue).
 */
public record Notice(NotificationType type, String key, String link, List<Object> args) {
    public Notice {
        if (key.length() > 200) {
            throw new IllegalArgumentException("notification keys are at most 200 characters: " + key);
        }
        args = List.copyOf(args);
    }

    public static Notice of(NotificationType type, String key, String link, Object... args) {
        return new Notice(type, key, link, java.util.Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }

    /** A word the catalogue translates, such as a status: {@code Term.of("introduction-status.DEAL")}. */
    public record Term(String key) {
        public static Term of(String key) {
            return new Term(key);
        }
    }
}
