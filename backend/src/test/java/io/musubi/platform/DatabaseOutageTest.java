package io.musubi.platform;

import static io.musubi.testing.Api.adminPostJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.musubi.testing.Api.Result;
import io.musubi.testing.LocalPostgres;
import io.musubi.testing.TestServices;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A hung database (every PostgreSQL process stopped with SIGSTOP, as a frozen VM or a full disk would leave it) makes
 * a write answer 503 in the error shape within 5 s instead of hanging; once it runs again the next write succeeds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {
    private LocalPostgres postgres;
    private ApplicationContext context;
    private EmbeddedServer server;
    private HttpClient http;

    @BeforeAll
    void start() {
        postgres = LocalPostgres.start(TestServices.localDir(), null, 0);
        Map<String, Object> properties = new java.util.HashMap<>(TestServices.isolatedProperties());
        properties.put("datasources.default.url", postgres.jdbcUrl(postgres.newDatabase()));
        context = ApplicationContext.run(properties, "test");
        server = context.getBean(EmbeddedServer.class).start();
        http = HttpClient.create(server.getURL());
    }

    @AfterAll
    void stop() {
        signal("CONT");
        http.close();
        context.close();
        postgres.close();
    }

    @Test
    void aWriteAgainstAHungDatabaseAnswers503WithinFiveSecondsAndTheAppRecoversWhenItReturns() {
        BlockingHttpClient client = http.toBlocking();
        assertThat(createCompany(client, "凍結前精密").status()).isEqualTo(201);

        signal("STOP");
        long begin = System.nanoTime();
        Result duringOutage = createCompany(client, "凍結中精密");
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        signal("CONT");

        assertThat(duringOutage.status()).isEqualTo(503);
        assertThat(duringOutage.error().error()).isEqualTo("database_unavailable");
        assertThat(took).isLessThanOrEqualTo(Duration.ofSeconds(5));

        Result after = createCompany(client, "凍結後精密");
        assertThat(after.status()).as(after.body()).isEqualTo(201);
    }

    private static Result createCompany(BlockingHttpClient client, String name) {
        return send(client, adminPostJson("/api/companies", """
                {"names": {"ja": "%s株式会社"}, "country": "JP", "industry": "MANUFACTURING"}""".formatted(name)));
    }

    private void signal(String signal) {
        List<String> command = new java.util.ArrayList<>(List.of("kill", "-" + signal));
        postgres.processes().forEach(p -> command.add(String.valueOf(p.pid())));
        try {
            Process kill = new ProcessBuilder(command).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
