package io.musubi.search.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One local Elasticsearch node that the project manages: unpacked from the Maven Central distribution zip, with the
 * musubi-analysis plugin installed, bound to 127.0.0.1 on a non-default port, and with home, data, logs and temp
 * files under one folder of the project. The server refuses to run as root, so as root it is started through
 * {@code setpriv} as nobody; as a normal user it runs directly. A node that is already running in the folder is
 * reused (and then left running); a node this launcher started is stopped by {@link #close()}.
 */
public final class LocalElasticsearch implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalElasticsearch.class.getName());
    private static final int NOBODY = 65534;
    private static final String PLUGIN_NAME = "musubi-analysis";

    /**
     * @param distribution the integ-test-zip from Maven Central
     * @param plugin       the musubi-analysis plugin zip
     * @param baseDir      the project's git-ignored folder for local services
     * @param name         a folder name per purpose ("dev", "test", ...)
     * @param password     non-null to enable security with a file-realm superuser "musubi" with this password
     * @param freshData    true for nodes of a test run: indices left by earlier runs are removed when this launcher
     *                     starts the node (each test works in indices of its own and never reads older ones; left
     *                     there, hundreds of them filled the 512 MB heap and slowed every later run down)
     */
    public record Config(Path distribution, Path plugin, Path baseDir, String name, int httpPort, int transportPort,
                         String password, boolean freshData) {
        public Config withName(String newName, int newHttpPort, int newTransportPort, String newPassword) {
            return new Config(distribution, plugin, baseDir, newName, newHttpPort, newTransportPort, newPassword,
                    freshData);
        }

        /** The same node, keeping its indices from one start to the next (the run command's node). */
        public Config keepingData() {
            return new Config(distribution, plugin, baseDir, name, httpPort, transportPort, password, false);
        }
    }

    private final Config config;
    private final Path nodeDir;
    private final Path home;
    private final boolean root;
    private boolean startedHere;

    private LocalElasticsearch(Config config) {
        this.config = config;
        this.root = "root".equals(System.getProperty("user.name"));
        this.nodeDir = nodeDirFor(config, root);
        this.home = nodeDir.resolve("home");
    }

    /** Starts the node, or attaches to the one already running in its folder. */
    public static LocalElasticsearch start(Config config) {
        LocalElasticsearch node = new LocalElasticsearch(config);
        node.startOrReuse(config.freshData());
        return node;
    }

    public String url() {
        return "http://127.0.0.1:" + config.httpPort();
    }

    public Optional<String> username() {
        return config.password() == null ? Optional.empty() : Optional.of("musubi");
    }

    public Optional<String> password() {
        return Optional.ofNullable(config.password());
    }

    public boolean startedHere() {
        return startedHere;
    }

    public Path directory() {
        return nodeDir;
    }

    private synchronized void startOrReuse(boolean removeOldData) {
        try {
            if (healthy()) {
                LOG.info(() -> "Reusing the Elasticsearch node already running at " + url());
                return;
            }
            if (portInUse(config.httpPort())) {
                throw new IllegalStateException("port " + config.httpPort() + " is taken by something that is not "
                        + "a healthy Elasticsearch node; stop it or choose another port");
            }
            if (removeOldData) {
                deleteTree(nodeDir.resolve("data"));
            }
            for (String dir : List.of("data", "logs", "tmp", "run")) {
                Files.createDirectories(nodeDir.resolve(dir));
            }
            unpackDistribution();
            installPlugin();
            if (config.password() != null) {
                addUser();
            }
            Files.deleteIfExists(pidFile());
            if (root) {
                run(List.of("chown", "-R", NOBODY + ":" + NOBODY, nodeDir.toString()), Map.of());
            }
            List<String> command = new ArrayList<>();
            if (root) {
                command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
            }
            command.addAll(List.of(home.resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile().toString()));
            for (String setting : settings()) {
                command.add("-E");
                command.add(setting);
            }
            long begin = System.nanoTime();
            run(command, environment());
            startedHere = true;
            waitUntilHealthy(Duration.ofSeconds(120));
            LOG.info(() -> "Elasticsearch at " + url() + " is up after "
                    + Duration.ofNanos(System.nanoTime() - begin).toMillis() + " ms (" + nodeDir + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the node if this launcher started it: SIGTERM by pidfile, then waits for the process to end. */
    @Override
    public synchronized void close() {
        if (startedHere) {
            stop();
        }
    }

    /** Stops the node whoever started it (tests that simulate an outage use this, then {@link #restart()}). */
    public synchronized void stop() {
        readPid().flatMap(ProcessHandle::of).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
        try {
            Files.deleteIfExists(pidFile());
            if (root) {
                // an empty perf-data folder some of the server's helper JVMs leave behind, even with -UsePerfData
                deleteIfEmpty(Path.of("/tmp/hsperfdata_nobody"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startedHere = false;
    }

    public synchronized void restart() {
        stop();
        startOrReuse(false);
    }

    private List<String> settings() {
        List<String> settings = new ArrayList<>(List.of(
                "cluster.name=musubi-" + config.name(),
                "node.name=musubi-" + config.name(),
                "discovery.type=single-node",
                "network.host=127.0.0.1",
                "http.port=" + config.httpPort(),
                "transport.port=" + config.transportPort(),
                "path.data=" + nodeDir.resolve("data"),
                "path.logs=" + nodeDir.resolve("logs"),
                "cluster.routing.allocation.disk.threshold_enabled=false",
                "action.destructive_requires_name=false"));
        // Always explicit: left unset, the first start would enable TLS with generated certificates.
        settings.add("xpack.security.enabled=" + (config.password() != null));
        settings.add("xpack.security.http.ssl.enabled=false");
        settings.add("xpack.security.transport.ssl.enabled=false");
        return settings;
    }

    private Map<String, String> environment() {
        Path tmp = nodeDir.resolve("tmp");
        return Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_JAVA_OPTS", "-Xms512m -Xmx512m -XX:-UsePerfData",
                "ES_TMPDIR", tmp.toString(),
                "CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp + " -XX:-UsePerfData");
    }

    private void unpackDistribution() throws IOException {
        Path marker = nodeDir.resolve("home.sha256");
        String checksum = sha256(config.distribution());
        if (Files.isDirectory(home) && Files.exists(marker) && Files.readString(marker).equals(checksum)) {
            return;
        }
        deleteTree(home);
        Path staging = nodeDir.resolve("unpacking");
        deleteTree(staging);
        unzip(config.distribution(), staging);
        try (var children = Files.list(staging)) {
            Path top = children.findFirst().orElseThrow(() -> new IOException("empty distribution zip"));
            Files.move(top, home);
        }
        deleteTree(staging);
        try (var bins = Files.list(home.resolve("bin"))) {
            for (Path bin : (Iterable<Path>) bins::iterator) {
                Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(bin));
                permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
                Files.setPosixFilePermissions(bin, permissions);
            }
        }
        Files.writeString(marker, checksum);
    }

    private void installPlugin() throws IOException {
        Path marker = nodeDir.resolve("plugin.sha256");
        String checksum = sha256(config.plugin());
        boolean installed = Files.isDirectory(home.resolve("plugins").resolve(PLUGIN_NAME));
        if (installed && Files.exists(marker) && Files.readString(marker).equals(checksum)) {
            return;
        }
        if (installed) {
            run(List.of(home.resolve("bin/elasticsearch-plugin").toString(), "remove", PLUGIN_NAME), environment());
        }
        run(List.of(home.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
                config.plugin().toUri().toString()), environment());
        Files.writeString(marker, checksum);
    }

    private void addUser() throws IOException {
        Path users = home.resolve("config/users");
        if (Files.exists(users) && Files.readString(users).contains("musubi:")) {
            run(List.of(home.resolve("bin/elasticsearch-users").toString(), "userdel", "musubi"), environment());
        }
        run(List.of(home.resolve("bin/elasticsearch-users").toString(), "useradd", "musubi", "-p", config.password(),
                "-r", "superuser"), environment());
    }

    private boolean healthy() {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                    .timeout(Duration.ofSeconds(5));
            if (config.password() != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("musubi:" + config.password()).getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void waitUntilHealthy(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (healthy()) {
                return;
            }
            if (readPid().flatMap(ProcessHandle::of).map(p -> !p.isAlive()).orElse(false)) {
                break;
            }
            sleep(250);
        }
        throw new IllegalStateException("Elasticsearch did not become healthy at " + url() + "; see "
                + nodeDir.resolve("logs") + "\n" + tail(nodeDir.resolve("logs/musubi-" + config.name() + ".log")));
    }

    private Optional<Long> readPid() {
        try {
            Path pid = pidFile();
            return Files.exists(pid) ? Optional.of(Long.parseLong(Files.readString(pid).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Path pidFile() {
        return nodeDir.resolve("run/elasticsearch.pid");
    }

    /**
     * As root the node runs as nobody, who must be able to reach its folder; a checkout under a private directory
     * (mode 700, e.g. from mktemp -d) is not reachable, so the node then lives under /var/tmp instead.
     */
    private static Path nodeDirFor(Config config, boolean root) {
        Path preferred = config.baseDir().toAbsolutePath().normalize().resolve("elasticsearch").resolve(config.name());
        if (!root || reachableByOthers(preferred.getParent())) {
            return preferred;
        }
        String key = HexFormat.of().formatHex(digest(preferred.toString().getBytes(StandardCharsets.UTF_8)), 0, 6);
        Path fallback = Path.of("/var/tmp/musubi-elasticsearch", key, config.name());
        LOG.warning(() -> preferred + " is not reachable by the unprivileged user Elasticsearch runs as; using "
                + fallback);
        return fallback;
    }

    private static boolean reachableByOthers(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                        return false;
                    }
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void run(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("command failed (" + process.exitValue() + "): "
                        + String.join(" ", command) + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static void deleteIfEmpty(Path dir) {
        try (var children = Files.list(dir)) {
            if (children.findAny().isEmpty()) {
                Files.delete(dir);
            }
        } catch (IOException e) {
            // not there, not empty, or in use: leave it
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean portInUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
