package io.musubi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import io.musubi.platform.security.Role;
import io.musubi.testing.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthAndOpenApiTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient http;

    static final String ADMIN_TOKEN = "health-test-admin-token-0123456789abcdef";

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("musubi.admin-token", ADMIN_TOKEN);
    }

    @Test
    void healthReportsTheDatabaseAndElasticsearchSeparatelyToAdmins() {
        for (HttpRequest<?> admin : List.of(HttpRequest.GET("/health").header("X-Admin-Token", ADMIN_TOKEN),
                HttpRequest.GET("/health").bearerAuth(Tokens.admin()))) {
            String health = http.toBlocking().retrieve(admin, String.class);
            assertThat(health).contains("\"status\":\"UP\"")
                    .containsPattern("\"jdbc[^\"]*\":\\{\"name\":\"musubi\",\"status\":\"UP\"")
                    .contains("\"elasticsearch\":{\"name\":\"musubi\",\"status\":\"UP\"", "pendingIndexing",
                            "\"cluster\"");
        }
    }

    @Test
    void anonymousCallersAndMembersGetTheStatusOnly() {
        for (HttpRequest<?> request : List.of(HttpRequest.GET("/health"),
                HttpRequest.GET("/health").header("X-Admin-Token", "wrong-" + ADMIN_TOKEN),
                HttpRequest.GET("/health").bearerAuth(io.musubi.testing.Accounts.signUp(http.toBlocking(), "SME",
                        "健康診断工業").token()))) {
            String health = http.toBlocking().retrieve(request, String.class);
            assertThat(health).contains("\"status\":\"UP\"")
                    .doesNotContain("elasticsearch", "cluster", "jdbc", "pendingIndexing", "\"details\":{");
        }
    }

    @Test
    void livenessAndReadinessAnswerForOrchestration() {
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/health/liveness"), String.class))
                .contains("\"status\":\"UP\"");
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/health/readiness"), String.class))
                .contains("\"status\":\"UP\"").doesNotContain("cluster");
    }

    @Test
    void servesTheOpenApiDescriptionOfTheApi() {
        String spec = http.toBlocking().retrieve(HttpRequest.GET("/openapi/musubi-api-0.1.yml"), String.class);
        assertThat(spec).contains("openapi: 3", "/api/search", "/api/companies/{id}", "/api/industries");
    }
}
