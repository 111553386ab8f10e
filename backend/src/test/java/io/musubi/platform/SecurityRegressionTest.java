package io.musubi.platform;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.Api.Result;
import io.musubi.testing.RealServices;
import io.musubi.testing.TestServices;
import io.musubi.testing.Tokens;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Attacks from issue 11 that concern the whole app rather than one feature, each reproduced against a running server:
 * forged tokens on a default deployment (1), missing security headers (4), unbounded JSON bodies (8). The others live
 * beside their features: import takeover in BulkImportTest, contact scraping in ContactVisibilityTest, passwords and
 * throttling in AccountApiTest, CSV formulas in CsvCellsTest and the export tests, health in HealthAndOpenApiTest,
 * outcome notes in MatchingSessionApiTest, introductions in IntroductionApiTest, feedback in MatchApiTest, a hung
 * database in DatabaseOutageTest.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityRegressionTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EmbeddedServer server;

    @Test
    void aProductionStartWithoutASigningSecretIsRefusedNamingTheVariable() {
        Map<String, Object> production = new HashMap<>(TestServices.isolatedProperties());
        // refused before anything else starts: even with no database to reach, the message names the secret
        production.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:1/unreachable");
        assertThatThrownBy(() -> ApplicationContext.builder().deduceEnvironment(false).properties(production).start())
                .hasStackTraceContaining("MUSUBI_JWT_SECRET");
        production.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                io.musubi.platform.security.ProductionSettings.DEVELOPMENT_JWT_SECRET);
        assertThatThrownBy(() -> ApplicationContext.builder().deduceEnvironment(false).properties(production).start())
                .hasStackTraceContaining("MUSUBI_JWT_SECRET");
    }

    @Test
    void aProductionStartWithDemoAccountsNeedsTheExplicitOptIn() {
        Map<String, Object> production = new HashMap<>(TestServices.isolatedProperties());
        production.put("micronaut.security.token.jwt.signatures.secret.generator.secret", "p".repeat(40));
        production.put("musubi.demo-data.enabled", "true");
        assertThatThrownBy(() -> ApplicationContext.builder().deduceEnvironment(false).properties(production).start())
                .hasStackTraceContaining("MUSUBI_DEMO_DATA_I_UNDERSTAND");
    }

    @Test
    void aTokenSignedWithTheDevelopmentSecretIsRejectedByAProperlyConfiguredApp() {
        Map<String, Object> production = new HashMap<>(TestServices.isolatedProperties());
        production.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "a-production-secret-that-nobody-else-knows-0123456789");
        production.put("micronaut.server.port", "-1");
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                .properties(production).start();
             EmbeddedServer app = context.getBean(EmbeddedServer.class).start();
             HttpClient client = HttpClient.create(app.getURL())) {
            Result export = send(client.toBlocking(), HttpRequest.GET("/api/companies/export.csv")
                    .bearerAuth(Tokens.admin()));
            assertThat(export.status()).isEqualTo(401);
        }
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        BlockingHttpClient client = http.toBlocking();
        // pages as a browser asks for them (the app's deep links answer index.html to a request for HTML)
        for (HttpRequest<?> request : List.of(HttpRequest.GET("/").accept(io.micronaut.http.MediaType.TEXT_HTML),
                HttpRequest.GET("/companies/x").accept(io.micronaut.http.MediaType.TEXT_HTML),
                HttpRequest.GET("/api/industries"), HttpRequest.GET("/health"))) {
            HttpResponse<String> response = client.exchange(request, String.class);
            assertThat(response.header("Content-Security-Policy")).as(request.getPath())
                    .contains("default-src 'self'", "frame-ancestors 'none'", "img-src 'self' data:")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.header("Permissions-Policy")).contains("camera=()");
            assertThat(response.header("Strict-Transport-Security")).as("only when behind TLS").isNull();
        }
        Result error = send(client, HttpRequest.GET("/api/no-such-thing"));
        assertThat(error.status()).isEqualTo(404);
        HttpResponse<String> notFound = exchangeAnyStatus(client, HttpRequest.GET("/api/no-such-thing"));
        assertThat(notFound.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void hstsIsSentWhenTheAppIsConfiguredAsBehindTls() {
        Map<String, Object> properties = new HashMap<>(TestServices.isolatedProperties());
        properties.put("musubi.security.behind-tls", "true");
        try (ApplicationContext context = ApplicationContext.run(properties, "test");
             EmbeddedServer app = context.getBean(EmbeddedServer.class).start();
             HttpClient client = HttpClient.create(app.getURL())) {
            assertThat(client.toBlocking().exchange(HttpRequest.GET("/api/industries"), String.class)
                    .header("Strict-Transport-Security")).contains("max-age=31536000");
        }
    }

    @Test
    void aTwoMegabyteJsonBodyIsRefusedWith413BeforeItIsRead() throws Exception {
        String huge = "{\"email\": \"a@b.example\", \"password\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Result login = send(http.toBlocking(), postJson("/api/auth/login", huge));
        assertThat(login.status()).isEqualTo(413);
        assertThat(login.error().error()).isEqualTo("payload_too_large");
        assertThat(login.error().errors()).extracting(e -> e.field()).containsExactly("body");

        // a chunked body has no length to check: only uploads may come that way
        java.net.http.HttpClient raw = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> chunked = raw.send(java.net.http.HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/api/auth/login")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(StandardCharsets.UTF_8)))).build(), BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isIn(411, 413);
        assertThat(chunked.body()).contains("\"status\":" + chunked.statusCode());
    }

    @Test
    void headersLargerThanTheServerReadsAreRefusedInTheErrorShape() {
        Result huge = send(http.toBlocking(), postJson("/api/auth/login", "{}")
                .header("X-Forwarded-For", "1.2.3.4, ".repeat(2500)));
        assertThat(huge.status()).isIn(413, 431);
        assertThat(huge.error()).isNotNull();
    }

    @Test
    void aJsonBodyJustUnderTheLimitIsStillRead() {
        String big = "{\"email\": \"a@b.example\", \"password\": \"" + "x".repeat(900 * 1024) + "\"}";
        Result login = send(http.toBlocking(), postJson("/api/auth/login", big));
        assertThat(login.status()).as("read and validated, not refused for its size").isEqualTo(400);
    }

    private static HttpResponse<String> exchangeAnyStatus(BlockingHttpClient client, HttpRequest<?> request) {
        try {
            return client.exchange(request, String.class);
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }
}
