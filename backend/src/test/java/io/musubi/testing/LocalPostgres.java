package io.musubi.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/** A real PostgreSQL 17 from Maven Central jars (zonky), binaries and data under the project's local folder. */
public final class LocalPostgres implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private LocalPostgres(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** @param dataDir null for a throw-away cluster; a folder to keep the data between runs */
    public static LocalPostgres start(Path localDir, Path dataDir, int port) {
        try {
            Path binaries = localDir.resolve("postgres-binaries");
            Files.createDirectories(binaries);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPort(port)
                    .setRegisterShutdownHook(false); // callers stop it in order, after the app
            Path data = dataDir;
            if (dataDir != null) {
                Files.createDirectories(dataDir.getParent());
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            } else {
                // a throw-away cluster lives under the project's folder too, never in /tmp; ones left by a killed
                // run are removed here
                Path clusters = localDir.resolve("postgres-test");
                removeAbandoned(clusters);
                data = clusters.resolve(UUID.randomUUID().toString());
                builder.setDataDirectory(data).setCleanDataDirectory(true);
            }
            return new LocalPostgres(builder.start(), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clusters whose postmaster no longer runs (a JVM killed before its shutdown hook), ten minutes on. */
    private static void removeAbandoned(Path clusters) throws IOException {
        if (!Files.isDirectory(clusters)) {
            return;
        }
        try (var dirs = Files.list(clusters)) {
            for (Path dir : dirs.toList()) {
                Path pid = dir.resolve("postmaster.pid");
                boolean running = Files.exists(pid) && Files.readAllLines(pid).stream().findFirst()
                        .map(String::strip).filter(l -> l.matches("\\d+"))
                        .flatMap(l -> ProcessHandle.of(Long.parseLong(l))).map(ProcessHandle::isAlive).orElse(false);
                boolean fresh = Files.getLastModifiedTime(dir).toInstant()
                        .isAfter(java.time.Instant.now().minusSeconds(600)); // maybe another run's initdb
                if (!running && !fresh) {
                    try (var tree = Files.walk(dir)) {
                        tree.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        }
    }

    /** The server's processes (postmaster and its backends), for tests that freeze it with SIGSTOP. */
    public List<ProcessHandle> processes() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            List<ProcessHandle> all = new java.util.ArrayList<>(List.of(postmaster));
            postmaster.descendants().forEach(all::add);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** A fresh empty database, so each test class starts from a clean schema. */
    public String newDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        createDatabase(name);
        return name;
    }

    public void createDatabase(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // already exists
                throw new IllegalStateException(e);
            }
        }
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
