package io.musubi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.musubi.search.local.LocalElasticsearch;
import io.musubi.search.local.TestNodes;
import io.musubi.testing.LocalPostgres;
import io.musubi.testing.LocalSmtp;
import io.musubi.testing.RunCommandPorts;
import io.musubi.testing.TestServices;
import java.nio.file.Path;
import java.util.Map;

/**
 * The README's run command: starts a local Elasticsearch node (with the project's plugin), an embedded
 * PostgreSQL whose data is kept in .musubi/postgres-data and an embedded SMTP server (GreenMail, port 3025) whose
 * mails the dev mailbox shows at /dev/mail; loads the demo data, and serves the UI and API at http://localhost:8080.
 * Ctrl-C stops them all.
 */
public final class DevMusubi {
    public static final int ELASTICSEARCH_PORT = RunCommandPorts.ELASTICSEARCH;
    public static final int POSTGRES_PORT = RunCommandPorts.POSTGRES;
    public static final int SMTP_PORT = RunCommandPorts.SMTP;

    private DevMusubi() {
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Path localDir = TestServices.localDir();
        LocalElasticsearch elasticsearch = LocalElasticsearch.start(
                TestNodes.config("dev", ELASTICSEARCH_PORT, ELASTICSEARCH_PORT + 1, null).keepingData());
        LocalPostgres postgres = LocalPostgres.start(localDir, localDir.resolve("postgres-data"), POSTGRES_PORT);
        postgres.createDatabase("musubi");
        LocalSmtp smtp = LocalSmtp.start(SMTP_PORT);
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .environments("dev")
                .singletons(smtp) // the dev mailbox page reads what it received
                .properties(Map.of(
                        "musubi.dev-mailbox.enabled", "true",
                        "musubi.mail.host", "127.0.0.1",
                        "musubi.mail.port", String.valueOf(SMTP_PORT),
                        "datasources.default.url", postgres.jdbcUrl("musubi"),
                        "datasources.default.username", "postgres",
                        "datasources.default.password", "postgres",
                        "musubi.elasticsearch.url", elasticsearch.url(),
                        "musubi.demo-data.enabled", "true",
                        "musubi.admin-token", System.getenv().getOrDefault("MUSUBI_ADMIN_TOKEN", "dev-admin")))
                .start();
        // Micronaut's own shutdown hook stops the app; this one waits for that, then stops what the app used.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (context.isRunning() && System.nanoTime() < deadline) {
                sleep(100);
            }
            postgres.close();
            elasticsearch.close();
            smtp.shutdown();
        }, "stop-musubi-services"));
        int port = context.getEnvironment().getProperty("micronaut.server.port", Integer.class, 8080);
        System.out.println("\n  Musubi is running at http://localhost:" + port + "  (Ctrl-C stops it)"
                + "\n  Mails it sends: http://localhost:" + port + "/dev/mail\n");
        Thread.currentThread().join();
    }
}
