package io.musubi.account;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api.Result;
import io.musubi.testing.MutableClock;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountApiTest implements RealServices {
    /** The first admin, made on start from the environment: long, multibyte and beyond bcrypt's 72 bytes. */
    private static final String ADMIN_EMAIL = "first-admin@test.example";
    private static final String ADMIN_PASSWORD = "管理者の合言葉は長くても日本語でも大丈夫です";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    UserRepository users;
    @Inject
    MutableClock clock;

    BlockingHttpClient client;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("musubi.bootstrap-admin.email", ADMIN_EMAIL, "musubi.bootstrap-admin.password", ADMIN_PASSWORD);
    }

    @BeforeEach
    void setUp() {
        client = http.toBlocking();
        // every test starts with fresh windows for sign-ups and failed logins from this address
        clock.advance(Duration.ofHours(2));
    }

    @Test
    void signUpCreatesTheCompanyAndItsFirstMemberAndReturnsAWorkingToken() {
        AccountService.Session session = Accounts.signUp(client, "LARGE_FIRM", "大和重工業");
        assertThat(session.user().role()).isEqualTo("LARGE_FIRM_MEMBER");
        assertThat(session.user().companyId()).isNotNull();
        assertThat(session.user().companyNames().ja()).isEqualTo("大和重工業");

        AccountService.UserView me = client.retrieve(HttpRequest.GET("/api/auth/me").bearerAuth(session.token()),
                AccountService.UserView.class);
        assertThat(me).isEqualTo(session.user());
        String company = client.retrieve(HttpRequest.GET("/api/companies/" + me.companyId()), String.class);
        assertThat(company).contains("\"kind\":\"LARGE_FIRM\"");
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOfTheirSha256() {
        AccountService.Session session = Accounts.signUp(client, "SME", "林精密");
        User user = users.findById(session.user().id()).orElseThrow();
        assertThat(user.passwordHash()).startsWith("$sha256-bcrypt$$2a$" + Passwords.COST + "$")
                .doesNotContain(Accounts.PASSWORD);
    }

    @Test
    void aTwentyFiveCharacterJapanesePassphraseSignsUpAndLogsIn() {
        String email = newEmail();
        Result signUp = send(client, signUpRequest(email, PasswordsTest.JAPANESE_PASSPHRASE));
        assertThat(signUp.status()).isEqualTo(202);
        AccountService.Session session = Accounts.login(client, email, PasswordsTest.JAPANESE_PASSPHRASE);
        assertThat(session.user().email()).isEqualTo(email);
        assertThat(send(client, loginRequest(email, PasswordsTest.JAPANESE_PASSPHRASE.substring(0, 24) + "白"))
                .status()).isEqualTo(401);
    }

    @Test
    void signUpRefusesAShortOrCommonPasswordNamingThePassword() {
        Result eleven = send(client, signUpRequest(newEmail(), "elevenchars"));
        assertThat(eleven.status()).isEqualTo(400);
        assertThat(eleven.error().errors()).extracting(e -> e.field() + " " + e.code())
                .containsExactly("password password_size");
        for (String common : new String[] {"qwerty123456", "Qwerty123456", "1qaz2wsx3edc"}) {
            Result refused = send(client, signUpRequest(newEmail(), common));
            assertThat(refused.status()).as(common).isEqualTo(400);
            assertThat(refused.error().errors()).as(common).extracting(e -> e.field() + " " + e.code())
                    .containsExactly("password not_common_password");
        }
    }

    @Test
    void anOldFormatHashIsAcceptedAtLoginAndReplacedByANewFormatOne() {
        AccountService.Session session = Accounts.signUp(client, "SME", "旧形式精密");
        User user = users.findById(session.user().id()).orElseThrow();
        String old = new BCryptPasswordEncoder(10).encode("a password from before 2026");
        users.update(new User(user.id(), user.email(), old, user.displayName(), user.role(), user.companyId(),
                user.companyRole(), user.joinedCompanyAt(), user.language(), user.tokenVersion(),
                user.emailConfirmedAt(), user.createdAt()));

        Accounts.login(client, user.email(), "a password from before 2026");
        String upgraded = users.findById(user.id()).orElseThrow().passwordHash();
        assertThat(upgraded).startsWith(Passwords.PREFIX).isNotEqualTo(old);
        clock.advance(Duration.ofSeconds(1));
        assertThat(Accounts.login(client, user.email(), "a password from before 2026").user().id())
                .isEqualTo(user.id());
        assertThat(users.findById(user.id()).orElseThrow().passwordHash()).isEqualTo(upgraded);
    }

    @Test
    void theFirstAdminFromTheEnvironmentLogsInWithALongJapanesePassphrase() {
        AccountService.Session admin = Accounts.login(client, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(admin.user().role()).isEqualTo("ADMIN");
    }

    @Test
    void loginAcceptsTheRightPasswordAndRefusesAWrongOne() {
        AccountService.Session session = Accounts.signUp(client, "SME", "林精密");
        AccountService.Session again = Accounts.login(client, session.user().email().toUpperCase(),
                Accounts.PASSWORD);
        assertThat(again.user().id()).isEqualTo(session.user().id());

        Result wrong = send(client, postJson("/api/auth/login", """
                {"email": "%s", "password": "wrong password"}""".formatted(session.user().email())));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.error().error()).isEqualTo("bad_credentials");
        Result unknown = send(client, postJson("/api/auth/login", """
                {"email": "nobody@test.example", "password": "whatever123"}"""));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.error().error()).isEqualTo("bad_credentials");
    }

    @Test
    void afterFiveFailuresTheRightPasswordLogsInOnceTheDelayHasPassed() {
        AccountService.Session session = Accounts.signUp(client, "SME", "林精密");
        String email = session.user().email();
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(send(client, loginRequest(email, "wrong password")).status()).isEqualTo(401);
            clock.advance(Duration.ofSeconds(1L << (failure - 1))); // 1 s, 2 s, 4 s, 8 s, 16 s
        }
        assertThat(Accounts.login(client, email, Accounts.PASSWORD).user().id()).isEqualTo(session.user().id());
        // the success starts the account afresh: a slip of the finger costs a second again
        assertThat(send(client, loginRequest(email, "wrong password")).status()).isEqualTo(401);
        clock.advance(Duration.ofSeconds(1));
        assertThat(Accounts.login(client, email, Accounts.PASSWORD).user().id()).isEqualTo(session.user().id());
    }

    @Test
    void anAttemptWithinTheDelayIsRefusedWithRetryAfterEvenWithTheRightPassword() {
        AccountService.Session session = Accounts.signUp(client, "SME", "林精密");
        String email = session.user().email();
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(send(client, loginRequest(email, "wrong password")).status()).isEqualTo(401);
            clock.advance(Duration.ofSeconds(1L << (failure - 1)));
        }
        assertThat(send(client, loginRequest(email, "wrong password")).status()).isEqualTo(401);
        clock.advance(Duration.ofSeconds(10)); // the fifth failure asks for 16 s

        Refusal refused = refused(loginRequest(email, Accounts.PASSWORD));
        assertThat(refused.code()).isEqualTo(429);
        assertThat(refused.retryAfter()).isEqualTo("6");
        assertThat(refused.body()).contains("\"error\":\"too_many_requests\"",
                "Too many failed logins for this account; try again in 6 seconds");

        clock.advance(Duration.ofSeconds(6));
        assertThat(Accounts.login(client, email, Accounts.PASSWORD).user().id()).isEqualTo(session.user().id());
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnoredSoFailuresFromOneAddressAreCappedAtTwenty() {
        for (int i = 0; i < 20; i++) {
            MutableHttpRequest<String> failure = loginRequest("nobody" + i + "@test.example", "wrong password")
                    .header("X-Forwarded-For", "203.0.113." + i);
            assertThat(send(client, failure).status()).isEqualTo(401);
        }
        Refusal refused = refused(loginRequest("somebody@test.example", "wrong password")
                .header("X-Forwarded-For", "198.51.100.99"));
        assertThat(refused.code()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many failed logins from your network");
        assertThat(Long.parseLong(refused.retryAfter())).isBetween(1L, 15 * 60L);

        clock.advance(Duration.ofMinutes(15));
        assertThat(send(client, loginRequest("somebody@test.example", "wrong password")).status()).isEqualTo(401);
    }

    @Test
    void theEleventhSignUpFromOneAddressWithinTheHourIsRefused() {
        for (int i = 0; i < 10; i++) {
            assertThat(send(client, signUpRequest(newEmail(), Accounts.PASSWORD)).status()).isEqualTo(202);
        }
        clock.advance(Duration.ofMinutes(59));
        Refusal refused = refused(signUpRequest(newEmail(), Accounts.PASSWORD)
                .header("X-Forwarded-For", "198.51.100.99"));
        assertThat(refused.code()).isEqualTo(429);
        // the window began with the first of the ten, a second or two of real time ago
        assertThat(Long.parseLong(refused.retryAfter())).isBetween(50L, 60L);
        assertThat(refused.body()).contains("\"error\":\"too_many_requests\"",
                "Too many sign-ups from your network; try again in");

        clock.advance(Duration.ofMinutes(1));
        assertThat(send(client, signUpRequest(newEmail(), Accounts.PASSWORD)).status()).isEqualTo(202);
    }

    @Test
    void signingUpWithARegisteredEmailAnswersAsForANewOneCreatesNothingAndWarnsTheOwnerByMail() {
        AccountService.Session session = Accounts.signUp(client, "SME", "林精密");
        String free = newEmail();
        long before = users.count();
        Result duplicate = send(client, postJson("/api/auth/signup", """
                {"email": "%s", "password": "another password", "displayName": "X",
                 "company": {"kind": "SME", "names": {"en": "Other"}, "country": "JP", "industry": "RETAIL"}}
                """.formatted(session.user().email().toUpperCase())));
        Result fresh = send(client, signUpRequest(free, "another password"));
        assertThat(duplicate.status()).isEqualTo(fresh.status()).isEqualTo(202);
        assertThat(duplicate.body()).isEqualTo(fresh.body());
        assertThat(users.count()).isEqualTo(before + 1);

        var warning = io.musubi.testing.Mails.awaitMailWithSubject(io.musubi.testing.TestServices.smtp(),
                session.user().email(), "Musubi への登録が試みられました");
        assertThat(io.musubi.testing.Mails.part(warning, "text/plain")).contains(session.user().email())
                .contains("/forgot-password");
        // the existing account is untouched: its password still works, the other one does not
        assertThat(Accounts.login(client, session.user().email(), Accounts.PASSWORD).user().id())
                .isEqualTo(session.user().id());
        assertThat(send(client, loginRequest(session.user().email(), "another password")).status()).isEqualTo(401);
    }

    @Test
    void theFourthSignUpForOneEmailWithinTheHourIsRefusedWhetherOrNotItIsRegistered() {
        String email = newEmail();
        for (int i = 0; i < 3; i++) {
            assertThat(send(client, signUpRequest(email, Accounts.PASSWORD)).status()).isEqualTo(202);
        }
        assertThat(send(client, signUpRequest(email, Accounts.PASSWORD)).status()).isEqualTo(429);
    }

    @Test
    void signUpRejectsBadInputFieldByFieldAndWritesNothing() {
        long before = users.count();
        Result result = send(client, postJson("/api/auth/signup", """
                {"email": "not-an-email", "password": "short", "displayName": " ",
                 "company": {"kind": "SME", "names": {}, "country": "JP", "industry": "SPACESHIPS"}}"""));
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.hasFieldError("email")).isTrue();
        assertThat(result.hasFieldError("password")).isTrue();
        assertThat(result.hasFieldError("displayName")).isTrue();

        Result company = send(client, postJson("/api/auth/signup", """
                {"email": "x%s@test.example", "password": "long enough password", "displayName": "X",
                 "company": {"kind": "SME", "names": {}, "country": "JP", "industry": "SPACESHIPS"}}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6))));
        assertThat(company.status()).isEqualTo(400);
        assertThat(company.hasFieldError("company.names")).isTrue();
        assertThat(company.hasFieldError("company.industry")).isTrue();
        Result kind = send(client, postJson("/api/auth/signup", """
                {"email": "y@test.example", "password": "long enough password", "displayName": "X",
                 "company": {"kind": "GIANT", "names": {"en": "X"}, "country": "JP", "industry": "RETAIL"}}"""));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void aForgedOrMissingTokenIsUnauthorized() {
        assertThat(send(client, HttpRequest.GET("/api/auth/me")).status()).isEqualTo(401);
        assertThat(send(client, HttpRequest.GET("/api/auth/me").bearerAuth("not.a.jwt")).status()).isEqualTo(401);
        Result write = send(client, postJson("/api/needs", "{}"));
        assertThat(write.status()).isEqualTo(401);
    }

    /** Status, Retry-After and body of a request that must be refused. */
    private record Refusal(int code, String retryAfter, String body) {
    }

    private Refusal refused(HttpRequest<?> request) {
        try {
            client.exchange(request, String.class);
            throw new AssertionError("expected a refusal of " + request.getPath());
        } catch (HttpClientResponseException e) {
            return new Refusal(e.getStatus().getCode(), e.getResponse().getHeaders().get("Retry-After"),
                    e.getResponse().getBody(String.class).orElse(""));
        }
    }

    private static String newEmail() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    private static MutableHttpRequest<String> signUpRequest(String email, String password) {
        return postJson("/api/auth/signup", """
                {"email": "%s", "password": "%s", "displayName": "Tester",
                 "company": {"kind": "SME", "names": {"ja": "合言葉工業"}, "country": "JP", "industry": "RETAIL"}}
                """.formatted(email, password));
    }

    private static MutableHttpRequest<String> loginRequest(String email, String password) {
        return postJson("/api/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(email, password));
    }
}
