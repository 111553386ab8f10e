package io.musubi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.musubi.search.local.TestNodes;
import io.musubi.testing.RunCommandPorts;
import io.musubi.testing.TestServices;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test suite runs while the run command is up: with the run command's ports taken (its app on 8080, its
 * Elasticsearch, its PostgreSQL, its SMTP server), a test server still starts, on a free port of its own, against the
 * test services.
 */
class TestsBesideTheRunCommandTest {
    @Test
    void aTestServerStartsOnAFreePortWhileTheRunCommandsPortsAreTaken() throws IOException {
        List<ServerSocket> taken = new ArrayList<>();
        try {
            for (int port : List.of(RunCommandPorts.APP, RunCommandPorts.ELASTICSEARCH,
                    RunCommandPorts.ELASTICSEARCH + 1, RunCommandPorts.POSTGRES, RunCommandPorts.SMTP)) {
                occupy(port).ifPresent(taken::add); // already taken (the run command is up) is just as good
            }
            try (ApplicationContext context = ApplicationContext.run(
                    new java.util.HashMap<String, Object>(TestServices.isolatedProperties()), "test");
                 EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
                 HttpClient client = HttpClient.create(server.getURL())) {
                assertThat(server.getPort()).isNotEqualTo(RunCommandPorts.APP);
                assertThat(client.toBlocking().exchange(HttpRequest.GET("/health/liveness"), String.class).code())
                        .isEqualTo(200);
            }
        } finally {
            for (ServerSocket socket : taken) {
                socket.close();
            }
        }
    }

    @Test
    void theTestServicesUseNoPortOrFolderOfTheRunCommand() {
        assertThat(TestNodes.SHARED_HTTP_PORT)
                .isNotIn(RunCommandPorts.ELASTICSEARCH, RunCommandPorts.ELASTICSEARCH + 1);
        assertThat(TestServices.postgres().port()).isNotEqualTo(RunCommandPorts.POSTGRES);
        assertThat(TestServices.smtp().port()).isNotEqualTo(RunCommandPorts.SMTP);
        assertThat(TestServices.elasticsearch().url()).doesNotContain(":" + RunCommandPorts.ELASTICSEARCH);
    }

    private static java.util.Optional<ServerSocket> occupy(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return java.util.Optional.of(socket);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
