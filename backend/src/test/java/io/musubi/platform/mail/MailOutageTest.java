package io.musubi.platform.mail;

import static io.musubi.testing.Api.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.testing.LocalSmtp;
import io.musubi.testing.TwoInstances;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 12: with the SMTP server away, 50 mails are caused through two app instances on one database; nothing is lost
 * and, once the server is back, each of the 50 is delivered exactly once although both instances send.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailOutageTest {
    static final int MAILS = 50;

    private TwoInstances two;
    private LocalSmtp smtp;
    private List<ApplicationContext> instances;
    private final List<HttpClient> clients = new ArrayList<>();

    @BeforeAll
    void twoInstancesAndAnSmtpServer() {
        two = TwoInstances.start(Map.of("musubi.login.resets-per-address", "1000"));
        smtp = two.smtp();
        instances = two.all();
        for (ApplicationContext context : instances) {
            clients.add(HttpClient.create(context.getBean(EmbeddedServer.class).start().getURL()));
        }
    }

    @AfterAll
    void stop() {
        clients.forEach(HttpClient::close);
        two.close();
    }

    @Test
    void fiftyMailsCausedWhileSmtpIsDownAreEachDeliveredOnceWhenItReturns() throws Exception {
        AccountService accounts = instances.get(0).getBean(AccountService.class);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < MAILS; i++) {
            String email = "outage" + i + "@test.example";
            accounts.createUser(email, "a long enough passphrase", "Person " + i, Role.COORDINATOR, null);
            recipients.add(email);
        }
        smtp.stop();
        for (int i = 0; i < MAILS; i++) {
            clients.get(i % 2).toBlocking().exchange(postJson("/api/auth/password-reset",
                    "{\"email\": \"" + recipients.get(i) + "\"}"));
        }
        Thread.sleep(2_000); // both instances try, fail and back off
        assertThat(smtp.received()).isEmpty();

        smtp.restart();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (smtp.received().size() < MAILS && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(2_000); // time for a duplicate to arrive, if there were one
        List<MimeMessage> received = smtp.received();
        Set<String> ids = new HashSet<>();
        Set<String> to = new HashSet<>();
        for (MimeMessage mail : received) {
            ids.add(mail.getMessageID());
            to.add(recipient(mail));
        }
        System.out.println("Mail outage: " + received.size() + " deliveries, " + ids.size() + " distinct Message-IDs");
        assertThat(received).hasSize(MAILS);
        assertThat(ids).hasSize(MAILS);
        assertThat(to).containsExactlyInAnyOrderElementsOf(recipients);
    }

    private static String recipient(MimeMessage mail) throws MessagingException {
        return mail.getAllRecipients()[0].toString();
    }
}
