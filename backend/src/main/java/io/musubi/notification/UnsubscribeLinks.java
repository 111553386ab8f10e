package io.musubi.notification;

import io.musubi.platform.mail.MailTemplates;
import io.musubi.platform.security.SignedLinks;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed token in a mail's unsubscribe links: whose mails of which type it stops. It needs no login and works
 * until the user turns mails of that type on again (then a new mail carries a new link that works as well).
 */
@Singleton
class UnsubscribeLinks {
    static final String PURPOSE = "unsubscribe";

    /** Whose mails of which type a link stops; {@code type} null: the daily digest. */
    record Target(UUID userId, NotificationType type) {
    }

    static final String DIGEST = "DIGEST";

    private final SignedLinks signedLinks;
    private final NoticeTexts texts;

    UnsubscribeLinks(SignedLinks signedLinks, NoticeTexts texts) {
        this.signedLinks = signedLinks;
        this.texts = texts;
    }

    String token(UUID userId, NotificationType type) {
        return signedLinks.sign(PURPOSE, userId + ":" + type.name());
    }

    MailTemplates.Unsubscribe forMail(UUID userId, NotificationType type, String language) {
        String token = token(userId, type);
        return new MailTemplates.Unsubscribe(texts.text(language, type.textKey() + ".label"),
                "/unsubscribe?token=" + token, "/api/notifications/unsubscribe?token=" + token);
    }

    /** The digest's link: it stops every type the user receives daily (they stay in the app). */
    MailTemplates.Unsubscribe forDigest(UUID userId, String language) {
        String token = signedLinks.sign(PURPOSE, userId + ":" + DIGEST);
        return new MailTemplates.Unsubscribe(texts.text(language, "digest.label"), "/unsubscribe?token=" + token,
                "/api/notifications/unsubscribe?token=" + token);
    }

    /** The user and type a token names; empty when it was not signed by this app for this purpose. */
    Optional<Target> read(String token) {
        return signedLinks.verify(PURPOSE, token).flatMap(payload -> {
            int colon = payload.indexOf(':');
            try {
                String type = payload.substring(colon + 1);
                return Optional.of(new Target(UUID.fromString(payload.substring(0, colon)),
                        DIGEST.equals(type) ? null : NotificationType.valueOf(type)));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                return Optional.empty();
            }
        });
    }
}
