package io.musubi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.search.Indexer;
import io.musubi.search.SearchIndexes;
import io.musubi.testing.Indexing;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Drives the real UI in headless Chromium: the app runs here with the demo data on real PostgreSQL and Elasticsearch,
 * and the Playwright suite in frontend/e2e runs against it (with the Node that the frontend build installed).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest implements RealServices {
    @Inject
    EmbeddedServer server;
    @Inject
    Indexer indexer;
    @Inject
    SearchIndexes indexes;

    @Override
    public Map<String, String> extraProperties() {
        // the dev mailbox lets the browser tests read the mails the app sent (reset links) as the run command does
        // a saved search's "day" is five seconds and digests go at any hour, so a digest arrives while a test waits
        return Map.of("musubi.demo-data.enabled", "true", "musubi.dev-mailbox.enabled", "true",
                "musubi.saved-searches.daily", "5s", "musubi.saved-searches.interval", "3s",
                "musubi.saved-searches.initial-delay", "3s", "musubi.notifications.digest-hour", "0",
                "musubi.notifications.digest-interval", "3s", "musubi.notifications.digest-initial-delay", "3s");
    }

    @Test
    void thePlaywrightSuitePassesInChromium() throws IOException, InterruptedException {
        Indexing.settle(indexer, indexes);
        Path frontend = Path.of(System.getProperty("musubi.frontend.dir", "../frontend")).toAbsolutePath();
        Path node = frontend.resolve("target/node/node");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        assertThat(node).as("Node from the frontend build (run the Maven build from the top)").isExecutable();
        assertThat(chromium).as("Chromium for browser tests: apt-get install chromium (.ci/run does)").isExecutable();

        Path log = Path.of("target/playwright.log");
        ProcessBuilder playwright = new ProcessBuilder(node.toString(),
                frontend.resolve("node_modules/@playwright/test/cli.js").toString(), "test")
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        playwright.environment().put("MUSUBI_BASE_URL", server.getURL().toString());
        playwright.environment().put("CHROMIUM_PATH", chromium.toString());
        playwright.environment().put("PATH", node.getParent() + ":" + System.getenv("PATH"));
        playwright.environment().put("CI", "true");
        Process process = playwright.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("Playwright finished within 5 minutes").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        // every test of every spec in frontend/e2e ran and passed: none failed, flaked or was skipped
        long tests = 0;
        try (var files = Files.list(frontend.resolve("e2e"))) {
            for (Path spec : files.filter(f -> f.toString().endsWith(".spec.ts")).toList()) {
                tests += java.util.regex.Pattern.compile("(?m)^\\s*test\\(").matcher(Files.readString(spec)).results()
                        .count();
            }
        }
        assertThat(tests).isGreaterThanOrEqualTo(5);
        assertThat(output).contains(tests + " passed").doesNotContainPattern("\\d+ (failed|flaky|skipped)");
    }
}
