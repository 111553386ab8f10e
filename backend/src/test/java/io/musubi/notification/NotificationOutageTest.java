package io.musubi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.testing.LocalSmtp;
import io.musubi.testing.MutableClock;
import io.musubi.testing.TwoInstances;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 15, delivery guarantees, with two app instances on one database: 100 notifications made while the SMTP server
 * is down (each posted through both instances) are delivered once each when it returns; both instances running the
 * daily digest at the same moment send each user one digest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationOutageTest {
    static final int USERS = 10;
    static final int PER_USER = 10;

    private TwoInstances two;
    private LocalSmtp smtp;
    private List<ApplicationContext> instances;
    private final Map<UUID, String> emails = new HashMap<>();

    @BeforeAll
    void twoInstancesAndAnSmtpServer() {
        two = TwoInstances.start(Map.of("musubi.notifications.digest-interval", "1h"));
        smtp = two.smtp();
        instances = two.all();
    }

    @AfterAll
    void stop() {
        two.close();
    }

    @Test
    void aHundredNotificationsMadeWhileSmtpIsDownAreEachMailedOnceWhenItReturns() throws Exception {
        List<UUID> users = users("outage");
        smtp.stop();
        for (int i = 0; i < USERS * PER_USER; i++) {
            Notice notice = Notice.of(NotificationType.INQUIRY_RECEIVED, "outage:" + i, "/inbox/" + i,
                    "障害テスト商事", "問い合わせ " + i);
            List<UUID> to = List.of(users.get(i % USERS));
            post(instances.get(i % 2), to, notice);
            post(instances.get((i + 1) % 2), to, notice); // the same notice again, through the other instance
        }
        Thread.sleep(2_000); // both instances try, fail and back off
        assertThat(smtp.received()).isEmpty();

        smtp.restart();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (smtp.received().size() < USERS * PER_USER && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(2_000); // time for a duplicate to arrive, if there were one
        List<MimeMessage> received = smtp.received();
        Set<String> ids = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        for (MimeMessage mail : received) {
            ids.add(mail.getMessageID());
            subjects.add(recipient(mail) + " " + mail.getSubject() + " " + mail.getContent().hashCode());
        }
        System.out.println("Notification outage: " + received.size() + " deliveries, " + ids.size()
                + " distinct Message-IDs");
        assertThat(received).hasSize(USERS * PER_USER);
        assertThat(ids).hasSize(USERS * PER_USER);
        TransactionOperations<Connection> transactions = transactions(instances.get(0));
        long stored = transactions.executeRead(status -> {
            try (var statement = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM notification WHERE idempotency_key LIKE 'outage:%'")) {
                var rows = statement.executeQuery();
                rows.next();
                return rows.getLong(1);
            }
        });
        assertThat(stored).as("one notification per notice, though each was posted twice").isEqualTo(
                USERS * PER_USER);
    }

    @Test
    void twoInstancesRunningTheDigestAtOnceSendEachUserOneDigest() throws Exception {
        List<UUID> users = users("digest");
        for (UUID user : users) {
            for (int i = 0; i < 3; i++) {
                post(instances.get(i % 2), List.of(user), Notice.of(NotificationType.MEETING_REQUEST_DECLINED,
                        "twice-digest:" + user + ":" + i, "/events/e?tab=requests", "辞退商事 " + i, "商談会"));
            }
        }
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        for (ApplicationContext instance : instances) {
            instance.getBean(MutableClock.class).setTo(LocalDate.now(tokyo).plusDays(1).atTime(9, 0)
                    .atZone(tokyo).toInstant());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (ApplicationContext instance : instances) {
                runs.add(pool.submit(() -> instance.getBean(NotificationDigest.class).sendDue()));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        Set<String> addresses = new HashSet<>();
        users.forEach(id -> addresses.add(emails.get(id)));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (digests(addresses).size() < USERS && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(2_000);
        List<String> to = digests(addresses);
        System.out.println("Digest on two instances: " + to.size() + " digests for " + USERS + " users");
        assertThat(to).hasSize(USERS).doesNotHaveDuplicates();
    }

    private List<String> digests(Set<String> addresses) throws MessagingException {
        List<String> to = new ArrayList<>();
        for (MimeMessage mail : smtp.received()) {
            if (addresses.contains(recipient(mail)) && mail.getSubject().contains("新しいお知らせ 3 件")) {
                to.add(recipient(mail));
            }
        }
        return to;
    }

    private List<UUID> users(String prefix) {
        AccountService accounts = instances.get(0).getBean(AccountService.class);
        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String email = prefix + "-" + UUID.randomUUID() + "@test.example";
            UUID id = accounts.createUser(email, "a long enough passphrase", "Person " + i, Role.COORDINATOR, null);
            emails.put(id, email);
            users.add(id);
        }
        return users;
    }

    private static void post(ApplicationContext instance, List<UUID> to, Notice notice) {
        transactions(instance).executeWrite(status -> {
            instance.getBean(Notifications.class).toUsers(to, notice);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static TransactionOperations<Connection> transactions(ApplicationContext instance) {
        return instance.getBean(TransactionOperations.class);
    }

    private static String recipient(MimeMessage mail) throws MessagingException {
        return mail.getAllRecipients()[0].toString();
    }
}
