package io.musubi.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server answers the React app's addresses with its index.html and leaves everything else as it was: the API's
 * JSON errors, missing files, the OpenAPI document, health, and what security refuses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpaFallbackTest implements RealServices {
    /** What a browser sends when it opens an address. */
    static final String NAVIGATION = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject
    EmbeddedServer server;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theAppsOwnAddressesAreItsIndexHtml() {
        for (String path : new String[] {"/", "/companies/" + UUID.randomUUID(), "/reset-password?token=x",
                "/forgot-password", "/confirm-email?token=x", "/invitations/aBc-123_x", "/events/e1/agenda/print",
                "/my/team", "/dev/mail", "/no/such/page"}) {
            HttpResponse<String> page = get(path, NAVIGATION);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).as(path).contains("<div id=\"root\">");
            // the fallback's answer carries the headers every response gets
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
        assertThat(get("/", "*/*").body()).contains("<div id=\"root\">");
    }

    @Test
    void unknownApiPathsKeepTheJsonErrorShapeWhateverTheAcceptHeader() {
        for (String accept : new String[] {NAVIGATION, "application/json", "*/*"}) {
            HttpResponse<String> unknown = get("/api/no-such-thing", accept);
            assertThat(unknown.statusCode()).as(accept).isEqualTo(404);
            assertThat(unknown.headers().firstValue("Content-Type")).as(accept)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(unknown.body()).as(accept).contains("\"status\":404", "\"error\":\"not_found\"",
                    "\"message\":", "\"errors\":[]");
        }
        assertThat(get("/api", NAVIGATION).statusCode()).isEqualTo(404);
        assertThat(get("/api/companies/" + UUID.randomUUID(), NAVIGATION).body())
                .contains("\"error\":\"not_found\"");
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/api/search")).DELETE()
                .header("Accept", NAVIGATION));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"error\":\"method_not_allowed\"");
    }

    @Test
    void filesAreServedAndMissingFilesStayMissing() {
        Matcher script = Pattern.compile("/assets/[^\"]+\\.js").matcher(indexHtml());
        assertThat(script.find()).as("index.html names its script").isTrue();
        HttpResponse<String> js = get(script.group(), "*/*");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        for (String accept : new String[] {NAVIGATION, "*/*"}) {
            assertThat(get("/assets/index-gone0000.js", accept).statusCode()).as(accept).isEqualTo(404);
            assertThat(get("/assets/fonts/missing", accept).statusCode()).as(accept).isEqualTo(404);
            assertThat(get("/favicon-missing.ico", accept).statusCode()).as(accept).isEqualTo(404);
            assertThat(get("/companies/a1/logo.png", accept).statusCode()).as(accept).isEqualTo(404);
        }
    }

    @Test
    void openApiAndHealthAreUnaffected() {
        HttpResponse<String> spec = get("/openapi/musubi-api-0.1.yml", NAVIGATION);
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).startsWith("openapi: 3");
        assertThat(get("/openapi/missing", NAVIGATION).statusCode()).isEqualTo(404);
        for (String path : new String[] {"/health", "/health/liveness", "/health/readiness"}) {
            HttpResponse<String> health = get(path, NAVIGATION);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("<html");
        }
    }

    @Test
    void onlyABrowsersGetOfAnUnknownAddressFallsBack() {
        // scripts, fetch and monitoring ask for something else and keep the 404
        assertThat(get("/no/such/page", "application/json").statusCode()).isEqualTo(404);
        assertThat(get("/no/such/page", "*/*").statusCode()).isEqualTo(404);
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/no/such/page"))
                .POST(BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                .header("Accept", NAVIGATION));
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(post.body()).doesNotContain("<div id=\"root\">");
    }

    @Test
    void securedEndpointsStaySecured() {
        for (String path : new String[] {"/api/account/export", "/api/companies/export.csv", "/api/auth/me",
                "/api/inquiries"}) {
            HttpResponse<String> refused = get(path, "*/*");
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.body()).as(path).contains("\"error\":\"unauthorized\"");
            // a browser is sent to the start page by Micronaut Security (303), before and apart from the fallback
            HttpResponse<String> browser = get(path, NAVIGATION);
            assertThat(browser.statusCode()).as(path).isIn(401, 303);
            assertThat(browser.body()).as(path).doesNotContain("<div id=\"root\">");
        }
        assertThat(get("/health", NAVIGATION).body()).doesNotContain("elasticsearch", "jdbc", "\"details\":{");
    }

    private HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", accept));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    private static String indexHtml() {
        try (InputStream in = SpaFallbackTest.class.getResourceAsStream("/public/index.html")) {
            assertThat(in).as("the frontend jar's public/index.html").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
