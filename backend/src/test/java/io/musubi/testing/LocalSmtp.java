package io.musubi.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in this JVM (GreenMail from Maven Central) that keeps every mail it receives. Not AutoCloseable on purpose: an application context that holds it as a bean (the dev mailbox) must not stop the
 * server the rest of the test run shares when the context closes.
 */
public final class LocalSmtp {
    private final GreenMail server;
    private final int port;

    private LocalSmtp(GreenMail server, int port) {
        this.server = server;
        this.port = port;
    }

    /** @param port 0 for a free port */
    public static LocalSmtp start(int port) {
        int chosen = port == 0 ? freePort() : port;
        GreenMail server = new GreenMail(new ServerSetup(chosen, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new LocalSmtp(server, chosen);
    }

    public int port() {
        return port;
    }

    public List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Stops accepting connections (mails sent meanwhile must wait); {@link #restart} accepts them again. */
    public void stop() {
        server.stop();
    }

    public void restart() {
        server.start();
    }

    public void shutdown() {
        server.stop();
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
