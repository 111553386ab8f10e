package io.musubi.event;

import io.micronaut.context.ApplicationContext;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import io.musubi.testing.TestServices;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What the trade-fair benchmarks share: an app without HTTP server or indexer, and an organiser to create fairs. */
final class BenchmarkFairs {
    private BenchmarkFairs() {
    }

    /** The app's properties on the benchmark's own database, plus {@code extra}. */
    static Map<String, Object> properties(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(TestServices.isolatedProperties());
        properties.put("micronaut.server.port", "-1");
        properties.put("musubi.indexer.enabled", "false");
        properties.putAll(extra);
        return properties;
    }

    static Actor organiser(ApplicationContext context) {
        return new Actor(context.getBean(AccountService.class).createUser("bench-" + UUID.randomUUID()
                + "@bench.example", "benchmark-password", "Benchmark", Role.ORGANISER, null), Role.ORGANISER, null);
    }
}
