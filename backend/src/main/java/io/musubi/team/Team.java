package io.musubi.team;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.account.AccountService;
import io.musubi.account.CompanyRole;
import io.musubi.account.Memberships;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * A company's members: owners change their roles, remove them and hand ownership over; anyone may leave. The company
 * always keeps an owner; every change ends the changed account's tokens.
 */
@Singleton
class Team {
    private final Memberships memberships;
    private final TeamRules rules;
    private final AccountService accounts;

    Team(Memberships memberships, TeamRules rules, AccountService accounts) {
        this.memberships = memberships;
        this.rules = rules;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    List<Memberships.Member> members(Actor actor, UUID companyId) {
        rules.requireReader(actor, companyId);
        return memberships.members(companyId);
    }

    @Transactional
    Memberships.Member changeRole(Actor actor, UUID companyId, UUID userId, CompanyRole companyRole) {
        rules.requireOwner(actor, companyId);
        List<Memberships.Member> team = memberships.lockTeam(companyId);
        Memberships.Member member = find(team, userId);
        if (member.companyRole() == companyRole) {
            return member;
        }
        if (companyRole == CompanyRole.MEMBER) {
            TeamRules.requireAnotherOwner(team, userId);
        }
        memberships.changeRole(userId, companyId, companyRole);
        return find(memberships.members(companyId), userId);
    }

    /** The target becomes an owner and the caller a member; the answer is the caller's new session. */
    @Transactional
    AccountService.Session handOver(Actor actor, UUID companyId, UUID userId) {
        rules.requireOwner(actor, companyId);
        List<Memberships.Member> team = memberships.lockTeam(companyId);
        find(team, userId);
        if (userId.equals(actor.userId())) {
            throw ApiException.invalid("userId", "self", "is you: hand ownership over to another member");
        }
        memberships.changeRole(userId, companyId, CompanyRole.OWNER);
        memberships.changeRole(actor.userId(), companyId, CompanyRole.MEMBER);
        return accounts.sessionFor(actor.userId());
    }

    /** Owners remove members; a member removes themself (leaves). The account stays, without a company. */
    @Transactional
    void remove(Actor actor, UUID companyId, UUID userId) {
        if (!userId.equals(actor.userId())) {
            rules.requireOwner(actor, companyId);
        } else if (!actor.isMemberOf(companyId)) {
            throw Actor.forbidden("You are not a member of this company");
        }
        List<Memberships.Member> team = memberships.lockTeam(companyId);
        Memberships.Member member = find(team, userId);
        if (member.companyRole() == CompanyRole.OWNER) {
            TeamRules.requireAnotherOwner(team, userId);
        }
        memberships.leave(userId, companyId);
    }

    private static Memberships.Member find(List<Memberships.Member> team, UUID userId) {
        return team.stream().filter(m -> m.userId().equals(userId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Member"));
    }
}
