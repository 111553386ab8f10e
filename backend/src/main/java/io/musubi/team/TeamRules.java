package io.musubi.team;

import io.micronaut.http.HttpStatus;
import io.musubi.account.CompanyRole;
import io.musubi.account.Memberships;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** Who may see and manage a company's team: members see it, admins too; only its owners manage it. */
@Singleton
class TeamRules {
    private final Memberships memberships;

    TeamRules(Memberships memberships) {
        this.memberships = memberships;
    }

    void requireReader(Actor actor, UUID companyId) {
        if (!actor.isAdmin() && !actor.isMemberOf(companyId)) {
            throw Actor.forbidden("Only the company's members see its team");
        }
    }

    /** The role is read from the database, so an owner demoted a moment ago is no longer one. */
    void requireOwner(Actor actor, UUID companyId) {
        boolean owner = actor.isMemberOf(companyId) && memberships.account(actor.userId())
                .filter(a -> companyId.equals(a.companyId()) && a.companyRole() == CompanyRole.OWNER).isPresent();
        if (!owner) {
            throw Actor.forbidden("Only the company's owners manage its team");
        }
    }

    /** 409 {@code last_owner} unless the team has an owner other than {@code leaving}. */
    static void requireAnotherOwner(List<Memberships.Member> team, UUID leaving) {
        boolean another = team.stream().anyMatch(m -> m.companyRole() == CompanyRole.OWNER
                && !m.userId().equals(leaving));
        if (!another) {
            throw new ApiException(HttpStatus.CONFLICT, "last_owner", "A company keeps at least one owner: make "
                    + "someone else owner first", List.of());
        }
    }
}
