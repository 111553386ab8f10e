package io.musubi.account;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.musubi.platform.Sql;
import io.musubi.testing.Accounts;
import io.musubi.testing.MutableClock;
import io.musubi.testing.TestServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances of the app on one database, both behind a trusted proxy (the test itself, on loopback): the counters
 * are shared, concurrent attempts are all counted, and X-Forwarded-For names the client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottleTest {
    private Instance a;
    private Instance b;

    private record Instance(ApplicationContext context, HttpClient http, BlockingHttpClient client,
                            MutableClock clock) {
        static Instance start(Map<String, Object> properties) {
            ApplicationContext context = ApplicationContext.run(properties);
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            if (!server.isRunning()) {
                server.start();
            }
            HttpClient http = context.createBean(HttpClient.class, server.getURL());
            return new Instance(context, http, http.toBlocking(), context.getBean(MutableClock.class));
        }

        void stop() {
            http.close();
            context.close();
        }
    }

    @BeforeAll
    void startTwoInstancesOnOneDatabase() {
        Map<String, Object> properties = new HashMap<>(TestServices.isolatedProperties());
        properties.put("micronaut.server.port", "-1");
        properties.put("musubi.security.trusted-proxies", "127.0.0.1, ::1");
        a = Instance.start(properties);
        b = Instance.start(properties);
    }

    @AfterAll
    void stop() {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    @BeforeEach
    void freshWindows() {
        advance(Duration.ofHours(2));
    }

    @Test
    void failuresAtOneInstanceMakeTheAccountWaitAtTheOther() {
        AccountService.Session session = Accounts.signUp(a.client(), "SME", "二拠点精密");
        String email = session.user().email();

        assertThat(status(a, login(email, "wrong password", "198.51.100.1"))).isEqualTo(401);
        HttpClientResponseException refused = refusal(b, login(email, Accounts.PASSWORD, "198.51.100.1"));
        assertThat(refused.getStatus().getCode()).isEqualTo(429);
        assertThat(refused.getResponse().getHeaders().get("Retry-After")).isEqualTo("1");

        advance(Duration.ofSeconds(1));
        assertThat(status(b, login(email, "wrong password", "198.51.100.1"))).isEqualTo(401);
        refused = refusal(a, login(email, Accounts.PASSWORD, "198.51.100.1"));
        assertThat(refused.getResponse().getHeaders().get("Retry-After")).isEqualTo("2");

        advance(Duration.ofSeconds(2));
        assertThat(status(a, login(email, Accounts.PASSWORD, "198.51.100.1"))).isEqualTo(200);
    }

    @Test
    void concurrentFailuresFromOneAddressAtBothInstancesAreAllCountedAndStopAtTwenty() throws Exception {
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            Instance instance = i % 2 == 0 ? a : b;
            HttpRequest<?> request = login("nobody" + i + "@test.example", "wrong password", "198.51.100.2");
            attempts.add(() -> status(instance, request));
        }
        assertThat(runTogether(attempts)).isEqualTo(Map.of(401, 20, 429, 6));
    }

    @Test
    void concurrentAttemptsAtOneAccountLetOneThrough() throws Exception {
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instance instance = i % 2 == 0 ? a : b;
            HttpRequest<?> request = login("target@test.example", "guess " + i, "198.51.100." + (10 + i));
            attempts.add(() -> status(instance, request));
        }
        assertThat(runTogether(attempts)).isEqualTo(Map.of(401, 1, 429, 5));
    }

    @Test
    void behindATrustedProxyTheForwardedAddressIsTheClientAndWhatTheClientPrependsIsIgnored() {
        for (int i = 0; i < 20; i++) {
            assertThat(status(a, login("nobody" + i + "@test.example", "wrong password", "203.0.113.7")))
                    .isEqualTo(401);
        }
        HttpClientResponseException refused = refusal(b, login("other@test.example", "x", "203.0.113.7"));
        assertThat(refused.getStatus().getCode()).isEqualTo(429);
        assertThat(refused.getResponse().getBody(String.class).orElse(""))
                .contains("Too many failed logins from your network");
        // the client wrote its own "203.0.113.8" first; the proxy appended the address it saw
        assertThat(refusal(b, login("other@test.example", "x", "203.0.113.8, 203.0.113.7")).getStatus().getCode())
                .isEqualTo(429);
        assertThat(status(b, login("other@test.example", "x", "203.0.113.8"))).isEqualTo(401);
    }

    @Test
    void anAccountsFailuresAreForgottenADayAfterItsLastAttemptAndTheRowsCleanedUp() {
        String email = "forgetful@test.example";
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(status(a, login(email, "wrong password", "198.51.100.3"))).isEqualTo(401);
            advance(Duration.ofSeconds(1L << (failure - 1)));
        }
        Sql sql = a.context().getBean(Sql.class);
        assertThat(sql.count("SELECT count(*) FROM login_delay WHERE email = ?", email)).isEqualTo(1);

        advance(Duration.ofHours(25));
        b.context().getBean(ThrottleCleanup.class).deleteExpired();
        assertThat(sql.count("SELECT count(*) FROM login_delay WHERE email = ?", email)).isZero();
        assertThat(sql.count("SELECT count(*) FROM attempt_window WHERE bucket = 'login:198.51.100.3'")).isZero();

        assertThat(status(a, login(email, "wrong password", "198.51.100.3"))).isEqualTo(401);
        assertThat(refusal(b, login(email, "wrong password", "198.51.100.3")).getResponse().getHeaders()
                .get("Retry-After")).isEqualTo("1");
    }

    private void advance(Duration by) {
        a.clock().advance(by);
        b.clock().advance(by);
    }

    private static HttpRequest<?> login(String email, String password, String forwardedFor) {
        return postJson("/api/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(email, password))
                .header("X-Forwarded-For", forwardedFor);
    }

    private static int status(Instance instance, HttpRequest<?> request) {
        return send(instance.client(), request).status();
    }

    private static HttpClientResponseException refusal(Instance instance, HttpRequest<?> request) {
        try {
            instance.client().exchange(request, String.class);
            throw new AssertionError("expected a refusal");
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    /** Statuses and how often each came, of requests sent all at once. */
    private static Map<Integer, Integer> runTogether(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> status : pool.invokeAll(requests)) {
                statuses.merge(status.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
