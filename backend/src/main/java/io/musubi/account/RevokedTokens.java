package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.musubi.platform.error.ApiError;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Refuses, with 401, a signed token whose user does not exist (a forged or stale {@code sub}) or whose token version is
 * older than the user's (after logout, a password change or reset). Runs right after the token is verified.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RevokedTokens implements Ordered {
    private final TokenVersions versions;

    RevokedTokens(TokenVersions versions) {
        this.versions = versions;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<ApiError> check(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return null;
        }
        UUID user;
        try {
            user = UUID.fromString(authentication.get().getName());
        } catch (IllegalArgumentException e) {
            return refuse();
        }
        Object claim = authentication.get().getAttributes().get(TokenVersions.CLAIM);
        int version = claim instanceof Number n ? n.intValue() : 0; // tokens from before versions were version 0
        Optional<Integer> current = versions.current(user);
        return current.isPresent() && current.get() == version ? null : refuse();
    }

    private static HttpResponse<ApiError> refuse() {
        return new ApiError(401, "token_revoked", "This login has ended; please log in again", List.of()).toResponse();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
