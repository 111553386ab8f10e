package io.musubi.testing;

import io.musubi.search.local.LocalElasticsearch;
import io.musubi.search.local.TestNodes;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The real services of one test run: one PostgreSQL and one Elasticsearch node, started on first use and stopped when
 * the JVM exits. Each test class gets its own database and its own index prefix.
 */
public final class TestServices {
    private static LocalPostgres postgres;
    private static LocalSmtp smtp;

    private TestServices() {
    }

    public static synchronized LocalPostgres postgres() {
        if (postgres == null) {
            postgres = LocalPostgres.start(localDir(), null, 0);
            LocalPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-postgres"));
        }
        return postgres;
    }

    /**
     * Stops the database and the SMTP server now: for commands (benchmarks, the evaluation) that end while their
     * class loader still works and must not be kept alive by the SMTP server's thread; tests rely on the hooks.
     */
    public static synchronized void stopDatabase() {
        if (postgres != null) {
            postgres.close();
        }
        if (smtp != null) {
            smtp.shutdown();
        }
    }

    /** The SMTP server every test app sends to; tests find their mails by recipient. */
    public static synchronized LocalSmtp smtp() {
        if (smtp == null) {
            smtp = LocalSmtp.start(0);
            LocalSmtp started = smtp;
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "stop-smtp"));
        }
        return smtp;
    }

    public static LocalElasticsearch elasticsearch() {
        return TestNodes.shared();
    }

    /** Properties for an application context of its own: fresh database, fresh index prefix, the shared node. */
    public static Map<String, String> isolatedProperties() {
        return isolatedProperties(elasticsearch());
    }

    public static Map<String, String> isolatedProperties(LocalElasticsearch node) {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", postgres().jdbcUrl(postgres().newDatabase()));
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "postgres");
        properties.put("musubi.elasticsearch.url", node.url());
        properties.put("musubi.elasticsearch.username", node.username().orElse(""));
        properties.put("musubi.elasticsearch.password", node.password().orElse(""));
        properties.put("musubi.elasticsearch.index-prefix",
                "t" + UUID.randomUUID().toString().substring(0, 8) + "-");
        properties.put("musubi.indexer.interval", "200ms");
        properties.put("musubi.mail.host", "127.0.0.1");
        properties.put("musubi.mail.port", String.valueOf(smtp().port()));
        properties.put("musubi.mail.interval", "200ms");
        return properties;
    }

    public static Path localDir() {
        return Path.of(System.getProperty("musubi.local.dir", ".musubi"));
    }
}
