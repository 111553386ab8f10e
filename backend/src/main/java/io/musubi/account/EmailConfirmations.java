package io.musubi.account;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.mail.MailTemplates;
import io.musubi.platform.mail.Mailbox;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.LinkTokens;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Proof that a new account's owner reads its address: a link by mail (valid 7 days, used once; only its SHA-256 is
 * stored). Until then the account may edit its own company but not write to others ({@link ConfirmedSenders}).
 * "Send again" is limited to {@link #RESENDS_PER_HOUR} an hour per account.
 */
@Singleton
class EmailConfirmations {
    static final Duration VALID_FOR = Duration.ofDays(7);
    static final int RESENDS_PER_HOUR = 3;

    private final UserRepository users;
    private final Sql sql;
    private final Mailbox mailbox;
    private final MailTemplates templates;
    private final AttemptWindows windows;
    private final Clock clock;

    EmailConfirmations(UserRepository users, Sql sql, Mailbox mailbox, MailTemplates templates,
                       AttemptWindows windows, Clock clock) {
        this.users = users;
        this.sql = sql;
        this.mailbox = mailbox;
        this.templates = templates;
        this.windows = windows;
        this.clock = clock;
    }

    /** Stores a link for the account's address and its mail, in the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void send(User user) {
        Instant now = now();
        LinkTokens.Issued link = LinkTokens.issue();
        sql.update("INSERT INTO email_confirmation (token_hash, user_id, email, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)", link.hash(), user.id(), user.email(), now, now.plus(VALID_FOR));
        mailbox.post(templates.render("email-confirmation", user.language(), "email-confirmation:" + link.hash(),
                user.email(), "/confirm-email?token=" + link.token(), user.displayName(), user.email()));
    }

    /** A new link, unless the address is confirmed already (then nothing happens). */
    @Transactional
    void resend(Actor actor) {
        User user = users.findById(actor.userId()).orElseThrow(() -> Actor.forbidden("Please log in again"));
        if (user.emailConfirmed()) {
            return;
        }
        windows.require("confirm-resend:" + user.id(), RESENDS_PER_HOUR, Duration.ofHours(1), now(),
                "Too many confirmation mails for this account");
        send(user);
    }

    /** Confirms the address the link was sent to, if it is still the account's address. */
    @Transactional
    void confirm(String token) {
        Instant now = now();
        Optional<UUID> user = sql.one("""
                SELECT c.user_id FROM email_confirmation c JOIN app_user u ON u.id = c.user_id
                WHERE c.token_hash = ? AND c.used_at IS NULL AND c.expires_at > ? AND lower(u.email) = lower(c.email)
                FOR UPDATE OF c""", row -> row.getObject(1, UUID.class), LinkTokens.hash(token), now);
        if (user.isEmpty()) {
            throw ApiException.invalid("token", "invalid_or_expired", "is unknown, used or older than 7 days; sign in "
                    + "and ask for a new link");
        }
        sql.update("UPDATE app_user SET email_confirmed_at = COALESCE(email_confirmed_at, ?) WHERE id = ?", now,
                user.get());
        sql.update("UPDATE email_confirmation SET used_at = ? WHERE user_id = ? AND used_at IS NULL", now, user.get());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
