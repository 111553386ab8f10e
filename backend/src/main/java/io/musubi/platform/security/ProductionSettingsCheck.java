package io.musubi.platform.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;

/**
 * Refuses to start outside the dev and test environments when a setting is insecure (see {@link ProductionSettings}):
 * created with the context, before any request can be served, and the start fails with every problem listed.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE) // before the data source and Flyway, so a bad start fails for this reason first
@Requires(notEnv = {Environment.DEVELOPMENT, Environment.TEST})
final class ProductionSettingsCheck {
    ProductionSettingsCheck(
            @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret:}") String jwtSecret,
            @Value("${musubi.admin-token:}") String adminToken,
            @Value("${musubi.demo-data.enabled:false}") boolean demoData,
            @Value("${musubi.demo-data.i-understand-the-accounts-are-public:false}") boolean demoDataUnderstood) {
        List<String> problems = ProductionSettings.problems(jwtSecret, adminToken, demoData, demoDataUnderstood);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Musubi refuses to start with insecure settings:\n  - "
                    + String.join("\n  - ", problems));
        }
    }
}
