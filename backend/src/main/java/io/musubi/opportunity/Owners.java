package io.musubi.opportunity;

import io.musubi.company.CompanyService;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import java.util.Set;
import java.util.UUID;

/** Whose need or listing a write is for: members post for their own company, admins name the company. */
final class Owners {
    private Owners() {
    }

    static UUID owningCompany(Actor actor, UUID requested, CompanyService companies, Set<Role> memberRoles) {
        if (actor.isAdmin()) {
            if (requested == null) {
                throw ApiException.invalid("companyId", "required", "names the company an admin acts for");
            }
            if (companies.summary(requested).isEmpty()) {
                throw ApiException.invalid("companyId", "unknown", "is not a company");
            }
            return requested;
        }
        if (!memberRoles.contains(actor.role())) {
            throw Actor.forbidden("Your role (" + actor.role() + ") may not post this");
        }
        if (requested != null && !requested.equals(actor.companyId())) {
            throw Actor.forbidden("Members post for their own company only");
        }
        return actor.requireCompany();
    }
}
