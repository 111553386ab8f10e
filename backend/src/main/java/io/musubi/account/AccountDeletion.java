package io.musubi.account;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.AccountDeleted;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * "Delete my account", after the password is given again. A company's last owner must hand ownership over or delete
 * the company first. The row stays, because threads, events and logs refer to it, but nothing personal is left: the
 * e-mail becomes {@code deleted+<id>@invalid}, the password unusable, the name empty, the role UNAFFILIATED; its
 * links, its recommendation feedback and its tokens end.
 */
@Singleton
public class AccountDeletion {
    private final UserRepository users;
    private final Passwords passwords;
    private final Memberships memberships;
    private final TokenVersions versions;
    private final Sql sql;
    private final ApplicationEventPublisher<AccountDeleted> deleted;
    private final Clock clock;

    AccountDeletion(UserRepository users, Passwords passwords, Memberships memberships, TokenVersions versions, Sql sql,
                    ApplicationEventPublisher<AccountDeleted> deleted, Clock clock) {
        this.deleted = deleted;
        this.users = users;
        this.passwords = passwords;
        this.memberships = memberships;
        this.versions = versions;
        this.sql = sql;
        this.clock = clock;
    }

    /** 400 on field {@code password} unless it is the actor's current password. */
    public void requirePassword(Actor actor, String password) {
        User user = users.findById(actor.userId()).orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED,
                "unauthorized", "Please log in again", List.of()));
        if (!passwords.check(password, user.passwordHash()).isRight()) {
            throw ApiException.invalid("password", "wrong", "is not your password");
        }
    }

    @Transactional
    public void delete(Actor actor, String password) {
        requirePassword(actor, password);
        Memberships.Account account = memberships.account(actor.userId())
                .orElseThrow(() -> Actor.forbidden("Please log in again"));
        if (account.companyId() != null) {
            List<Memberships.Member> team = memberships.lockTeam(account.companyId());
            if (account.companyRole() == CompanyRole.OWNER
                    && team.stream().noneMatch(m -> m.companyRole() == CompanyRole.OWNER
                    && !m.userId().equals(account.userId()))) {
                throw new ApiException(HttpStatus.CONFLICT, "last_owner", "You are the company's last owner: hand "
                        + "ownership over or delete the company first", List.of());
            }
            memberships.leave(account.userId(), account.companyId());
        }
        UUID id = account.userId();
        sql.update("""
                UPDATE app_user SET email = ?, password_hash = '!', display_name = '', role = 'UNAFFILIATED',
                    email_confirmed_at = NULL, deleted_at = ? WHERE id = ?""",
                "deleted+" + id + "@invalid", clock.instant().truncatedTo(ChronoUnit.MICROS), id);
        sql.update("DELETE FROM password_reset WHERE user_id = ?", id);
        sql.update("DELETE FROM email_confirmation WHERE user_id = ?", id);
        deleted.publishEvent(new AccountDeleted(id));
        versions.revokeAll(id);
    }
}
