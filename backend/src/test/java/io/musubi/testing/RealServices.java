package io.musubi.testing;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/**
 * Implemented by {@code @MicronautTest} classes (with {@code @TestInstance(PER_CLASS)}) that run against the real
 * PostgreSQL and Elasticsearch of the test run, each in its own database and indices.
 */
public interface RealServices extends TestPropertyProvider {
    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestServices.isolatedProperties());
        properties.putAll(extraProperties());
        return properties;
    }

    /** Settings this test class needs on top of the isolated database and indices. */
    default Map<String, String> extraProperties() {
        return Map.of();
    }
}
