package io.musubi.account;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.mail.MailTemplates;
import io.musubi.platform.mail.Mailbox;
import io.musubi.platform.security.LinkTokens;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * "Forgot my password": a link by mail, valid for an hour and used once. The answer to a request is the same whether
 * the address is registered or not, so it tells nobody who has an account; requests are throttled per client address
 * and per e-mail. Only the SHA-256 of the link's token is stored.
 */
@Singleton
class PasswordResets {
    static final Duration VALID_FOR = Duration.ofHours(1);

    private final UserRepository users;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final Sql sql;
    private final Mailbox mailbox;
    private final MailTemplates templates;
    private final AttemptWindows windows;
    private final ThrottleSettings limits;
    private final TokenVersions versions;
    private final Clock clock;

    PasswordResets(UserRepository users, Passwords passwords, PasswordPolicy policy, Sql sql, Mailbox mailbox,
                   MailTemplates templates, AttemptWindows windows, ThrottleSettings limits, TokenVersions versions,
                   Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.sql = sql;
        this.mailbox = mailbox;
        this.templates = templates;
        this.windows = windows;
        this.limits = limits;
        this.versions = versions;
        this.clock = clock;
    }

    /** Stores a reset link and its mail for a registered address; does nothing else for an unknown one. */
    @Transactional
    void request(String email, String client) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Instant now = now();
        windows.admit("reset:" + client, limits.resetsPerAddress(), limits.resetWindow(), now)
                .or(() -> windows.admit("reset-email:" + address, limits.resetsPerEmail(), limits.resetWindow(), now))
                .ifPresent(wait -> {
                    throw new TooManyAttempts("Too many password reset requests", wait);
                });
        users.findByEmailIgnoringCase(address).ifPresent(user -> {
            LinkTokens.Issued link = LinkTokens.issue();
            String token = link.token();
            String hash = link.hash();
            sql.update("INSERT INTO password_reset (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                    hash, user.id(), now, now.plus(VALID_FOR));
            mailbox.post(templates.render("password-reset", user.language(), "password-reset:" + hash, user.email(),
                    "/reset-password?token=" + token, user.displayName(), user.email()));
        });
    }

    /**
     * Sets the new password if the link is known, unused and not expired; every other open link and every login token
     * of the user ends.
     */
    @Transactional
    void confirm(String token, String password) {
        Instant now = now();
        Optional<UUID> user = sql.one("""
                SELECT user_id FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
                FOR UPDATE""", row -> row.getObject(1, UUID.class), LinkTokens.hash(token), now);
        if (user.isEmpty()) {
            throw ApiException.invalid("token", "invalid_or_expired", "is unknown, used or older than one hour; ask for "
                    + "a new link");
        }
        policy.requireAcceptable(password);
        users.updatePasswordHash(user.get(), passwords.hash(password));
        versions.revokeAll(user.get()); // whoever knew the old password is signed out everywhere
        sql.update("UPDATE password_reset SET used_at = ? WHERE user_id = ? AND used_at IS NULL", now, user.get());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
