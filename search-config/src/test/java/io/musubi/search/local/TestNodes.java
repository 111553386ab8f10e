package io.musubi.search.local;

import java.nio.file.Path;

/**
 * The nodes of one test run. {@link #shared()} is started once per JVM (one Surefire/Failsafe run) and stopped by a
 * shutdown hook; tests isolate themselves by working in their own indices. Paths come from system properties set by
 * the Maven build: {@code musubi.es.distribution}, {@code musubi.es.plugin}, {@code musubi.local.dir}.
 */
public final class TestNodes {
    /** 9260 unless {@code musubi.es.test-port} says otherwise (a second checkout testing on the same machine). */
    public static final int SHARED_HTTP_PORT = Integer.getInteger("musubi.es.test-port", 9260);
    private static LocalElasticsearch shared;

    private TestNodes() {
    }

    public static synchronized LocalElasticsearch shared() {
        if (shared == null) {
            shared = startWithHook(config("test", SHARED_HTTP_PORT, SHARED_HTTP_PORT + 1, null));
        }
        return shared;
    }

    /** A node of its own, for tests that stop it or run it with security; stopped at JVM exit too. */
    public static LocalElasticsearch dedicated(String name, int httpPort, String password) {
        return startWithHook(config(name, httpPort, httpPort + 1, password));
    }

    /** A node for tests: it starts without the indices of earlier runs. */
    public static LocalElasticsearch.Config config(String name, int httpPort, int transportPort, String password) {
        return new LocalElasticsearch.Config(Path.of(required("musubi.es.distribution")),
                Path.of(required("musubi.es.plugin")), Path.of(required("musubi.local.dir")), name, httpPort,
                transportPort, password, true);
    }

    private static LocalElasticsearch startWithHook(LocalElasticsearch.Config config) {
        LocalElasticsearch node = LocalElasticsearch.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "stop-elasticsearch-" + config.name()));
        return node;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run the tests through Maven");
        }
        return value;
    }
}
