package io.musubi.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.account.AccountService;
import io.musubi.account.AttemptWindows;
import io.musubi.account.CompanyRole;
import io.musubi.account.Memberships;
import io.musubi.company.CompanyService;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.mail.MailTemplates;
import io.musubi.platform.mail.Mailbox;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.LinkTokens;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Invitations to a company's team: an owner invites an address, the link in the mail (valid 7 days, used once,
 * revocable) lets its reader sign up into the team, or join it with the account they have if it belongs to no
 * company. Only the SHA-256 of a link's token is stored. At most {@link #PER_COMPANY_PER_DAY} invitations a day per
 * company.
 */
@Singleton
class Invitations {
    static final Duration VALID_FOR = Duration.ofDays(7);
    static final int PER_COMPANY_PER_DAY = 50;

    private final Sql sql;
    private final TeamRules rules;
    private final Memberships memberships;
    private final AccountService accounts;
    private final CompanyService companies;
    private final Mailbox mailbox;
    private final MailTemplates templates;
    private final AttemptWindows windows;
    private final Clock clock;

    Invitations(Sql sql, TeamRules rules, Memberships memberships, AccountService accounts, CompanyService companies,
                Mailbox mailbox, MailTemplates templates, AttemptWindows windows, Clock clock) {
        this.sql = sql;
        this.rules = rules;
        this.memberships = memberships;
        this.accounts = accounts;
        this.companies = companies;
        this.mailbox = mailbox;
        this.templates = templates;
        this.windows = windows;
        this.clock = clock;
    }

    /** A pending invitation as the company's owners see it. */
    @Serdeable
    record Pending(UUID id, String email, CompanyRole companyRole, @Nullable String invitedBy, Instant createdAt,
                   Instant expiresAt) {
    }

    /** What the link's reader sees before accepting. */
    @Serdeable
    record Offer(String email, UUID companyId, Localized companyNames, @Nullable String invitedBy,
                 CompanyRole companyRole, Instant expiresAt) {
    }

    /** The answer to an acceptance: a session, and whether a new account was made for it. */
    record Accepted(AccountService.Session session, boolean newAccount) {
    }

    @Transactional(readOnly = true)
    List<Pending> pending(Actor actor, UUID companyId) {
        rules.requireOwner(actor, companyId);
        return sql.list("""
                SELECT i.id, i.email, i.company_role, u.display_name, i.created_at, i.expires_at
                FROM invitation i LEFT JOIN user_directory u ON u.id = i.invited_by
                WHERE i.company_id = ? AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?
                ORDER BY i.created_at DESC""", Invitations::pending, companyId, now());
    }

    /** Invites the address; an invitation it had still pending is replaced (its link stops working). */
    @Transactional
    Pending invite(Actor actor, UUID companyId, TeamRequests.Invite request) {
        rules.requireOwner(actor, companyId);
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        if (memberships.members(companyId).stream().anyMatch(m -> m.email().equalsIgnoreCase(email))) {
            throw new ApiException(HttpStatus.CONFLICT, "already_member", "This person is already in the team",
                    List.of(new ApiError.FieldError("email", "already_member", "belongs to a member of this "
                            + "company")));
        }
        Instant now = now();
        windows.require("invite:" + companyId, PER_COMPANY_PER_DAY, Duration.ofDays(1), now,
                "Too many invitations from this company today");
        sql.update("""
                UPDATE invitation SET revoked_at = ? WHERE company_id = ? AND lower(email) = ?
                AND accepted_at IS NULL AND revoked_at IS NULL""", now, companyId, email);
        UUID id = UUID.randomUUID();
        LinkTokens.Issued link = LinkTokens.issue();
        sql.update("""
                INSERT INTO invitation (id, token_hash, company_id, email, company_role, invited_by, created_at,
                    expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", id, link.hash(), companyId, email,
                request.companyRole().name(), actor.userId(), now, now.plus(VALID_FOR));
        AccountService.UserView inviter = accounts.me(actor);
        String language = request.language() != null ? request.language() : inviter.language();
        Localized names = companies.summary(companyId).orElseThrow(() -> ApiException.notFound("Company")).names();
        mailbox.post(templates.render("invitation", language, "invitation:" + id, email, "/invitations/"
                + link.token(), email, inviter.displayName(), in(language, names)));
        return new Pending(id, email, request.companyRole(), inviter.displayName(), now, now.plus(VALID_FOR));
    }

    @Transactional
    void revoke(Actor actor, UUID companyId, UUID invitationId) {
        rules.requireOwner(actor, companyId);
        int revoked = sql.update("""
                UPDATE invitation SET revoked_at = ? WHERE id = ? AND company_id = ? AND accepted_at IS NULL
                AND revoked_at IS NULL""", now(), invitationId, companyId);
        if (revoked == 0) {
            throw ApiException.notFound("Pending invitation");
        }
    }

    @Transactional(readOnly = true)
    Offer offer(String token) {
        Invitation invitation = usable(token, false);
        return new Offer(invitation.email(), invitation.companyId(),
                companies.summary(invitation.companyId()).map(CompanyService.Summary::names).orElse(Localized.EMPTY),
                invitation.invitedBy(), invitation.companyRole(), invitation.expiresAt());
    }

    /**
     * Signed in ({@code actor} present): the account joins, if its address is the invited one and it belongs to no
     * company. Otherwise a new account with the invited address is made from {@code request}.
     */
    @Transactional
    Accepted accept(String token, @Nullable Actor actor, TeamRequests.Acceptance request) {
        Invitation invitation = usable(token, true);
        AccountService.Session session;
        boolean created;
        if (actor != null) {
            Memberships.Account account = memberships.account(actor.userId())
                    .orElseThrow(() -> Actor.forbidden("Please log in again"));
            if (!account.email().equalsIgnoreCase(invitation.email())) {
                throw new ApiException(HttpStatus.FORBIDDEN, "invitation_for_other_address", "This invitation is "
                        + "for another e-mail address than the one you are signed in with", List.of());
            }
            if (account.companyId() != null) {
                throw new ApiException(HttpStatus.CONFLICT, "already_in_a_company", "You belong to a company "
                        + "already: leave it first", List.of());
            }
            if (account.role() != Role.UNAFFILIATED) {
                throw Actor.forbidden("Staff accounts do not join companies");
            }
            memberships.join(account.userId(), invitation.companyId(), AccountService.memberRole(
                    companies.summary(invitation.companyId()).orElseThrow().kind()), invitation.companyRole());
            session = accounts.sessionFor(account.userId());
            created = false;
        } else {
            session = accounts.createInvited(invitation.email(), request.password(), request.displayName(),
                    request.language(), invitation.companyId(), invitation.companyRole());
            created = true;
        }
        sql.update("UPDATE invitation SET accepted_at = ?, accepted_by = ? WHERE id = ?", now(),
                session.user().id(), invitation.id());
        return new Accepted(session, created);
    }

    private record Invitation(UUID id, String email, UUID companyId, CompanyRole companyRole,
                              @Nullable String invitedBy, Instant expiresAt) {
    }

    /** 404 for a token that is unknown, used, revoked or expired: they all mean "ask for a new one". */
    private Invitation usable(String token, boolean lock) {
        Optional<Invitation> found = sql.one("""
                SELECT i.id, i.email, i.company_id, i.company_role, u.display_name, i.expires_at
                FROM invitation i LEFT JOIN user_directory u ON u.id = i.invited_by
                WHERE i.token_hash = ? AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?"""
                + (lock ? " FOR UPDATE OF i" : ""), row -> new Invitation(row.getObject("id", UUID.class),
                row.getString("email"), row.getObject("company_id", UUID.class),
                CompanyRole.valueOf(row.getString("company_role")), row.getString("display_name"),
                Sql.instant(row, "expires_at")), LinkTokens.hash(token), now());
        return found.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not_found", "This invitation is "
                + "unknown, used, revoked or expired; ask the company for a new one", List.of()));
    }

    private static Pending pending(ResultSet row) throws SQLException {
        return new Pending(row.getObject("id", UUID.class), row.getString("email"),
                CompanyRole.valueOf(row.getString("company_role")), row.getString("display_name"),
                Sql.instant(row, "created_at"), Sql.instant(row, "expires_at"));
    }

    private static String in(String language, Localized names) {
        String preferred = Map.of("ja", Optional.ofNullable(names.ja()), "zh", Optional.ofNullable(names.zh()),
                "en", Optional.ofNullable(names.en())).getOrDefault(language, Optional.empty()).orElse(null);
        return preferred != null ? preferred : names.any().orElse("");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
