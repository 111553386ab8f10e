package io.musubi.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.musubi.platform.error.ApiException;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in user a request acts for, read from the verified token. Features ask it who may do what; the
 * checks that throw give the API's 401/403 error shape.
 */
public record Actor(UUID userId, Role role, @Nullable UUID companyId) {
    public static final String COMPANY_CLAIM = "companyId";

    public static Actor of(@Nullable Authentication authentication) {
        if (authentication == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Please log in", List.of());
        }
        Role role = authentication.getRoles().stream().map(Actor::role).filter(r -> r != null).findFirst()
                .orElseThrow(() -> forbidden("Your account has no role"));
        Object company = authentication.getAttributes().get(COMPANY_CLAIM);
        return new Actor(UUID.fromString(authentication.getName()), role,
                company == null || company.toString().isBlank() ? null : UUID.fromString(company.toString()));
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isMemberOf(@Nullable UUID company) {
        return role.isMember() && companyId != null && companyId.equals(company);
    }

    /** Members of the company, and admins (who moderate every profile). */
    public void requireMemberOrAdmin(UUID company) {
        if (!isAdmin() && !isMemberOf(company)) {
            throw forbidden("Only members of this company can change it");
        }
    }

    public void requireRole(Role... allowed) {
        for (Role r : allowed) {
            if (role == r) {
                return;
            }
        }
        throw forbidden("Your role (" + role + ") may not do this");
    }

    /** The company a member acts for; staff without a company cannot take part in company conversations. */
    public UUID requireCompany() {
        if (!role.isMember() || companyId == null) {
            throw forbidden("Only members of a company can do this");
        }
        return companyId;
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", message, List.of());
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
