package io.musubi.platform.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import io.musubi.platform.security.AdminToken;
import io.musubi.platform.security.Role;
import java.security.Principal;

/**
 * {@code /health}, {@code /health/liveness} and {@code /health/readiness}: everyone gets the status (UP/DOWN, with
 * 503 when down), only admins (ADMIN role or the operator's token) the details of each indicator, which name the
 * cluster and carry exception texts.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = false)
@Replaces(HealthEndpoint.class)
class HealthDetailsForAdmins extends HealthEndpoint {
    private final AdminToken adminToken;

    HealthDetailsForAdmins(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators,
                           @Liveness HealthIndicator[] livenessIndicators, AdminToken adminToken) {
        super(aggregator, indicators, livenessIndicators);
        this.adminToken = adminToken;
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        boolean adminUser = principal instanceof Authentication authentication
                && authentication.getRoles().contains(Role.ADMIN.name());
        boolean operator = ServerRequestContext.currentRequest()
                .map(r -> adminToken.accepts(r.getHeaders().get(AdminToken.HEADER))).orElse(false);
        return adminUser || operator ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }
}
