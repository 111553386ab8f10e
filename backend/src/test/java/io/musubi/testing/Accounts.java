package io.musubi.testing;

import io.micronaut.http.client.BlockingHttpClient;
import io.musubi.account.AccountService;
import java.util.Map;
import java.util.UUID;

/** Real accounts through the real sign-up and login endpoints. */
public final class Accounts {
    public static final String PASSWORD = "correct horse battery";

    private Accounts() {
    }

    /**
     * A new company of this kind ("SME" or "LARGE_FIRM") with its first member (its owner), the address confirmed
     * from the mail as a person would; returns the session of a login.
     */
    public static AccountService.Session signUp(BlockingHttpClient client, String kind, String companyName) {
        String email = newEmail();
        requestSignUp(client, email, kind, companyName);
        confirm(client, email);
        return login(client, email, PASSWORD);
    }

    /** Like {@link #signUp} but the confirmation mail stays unread. */
    public static AccountService.Session signUpUnconfirmed(BlockingHttpClient client, String kind,
                                                           String companyName) {
        String email = newEmail();
        requestSignUp(client, email, kind, companyName);
        return login(client, email, PASSWORD);
    }

    public static String newEmail() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    public static void requestSignUp(BlockingHttpClient client, String email, String kind, String companyName) {
        client.exchange(Api.postJson("/api/auth/signup", """
                {"email": "%s", "password": "%s", "displayName": "Tester",
                 "company": {"kind": "%s", "names": {"ja": "%s"}, "country": "JP", "industry": "MANUFACTURING"}}
                """.formatted(email, PASSWORD, kind, companyName)));
    }

    /** Follows the link of the newest confirmation mail to {@code email} at the tests' SMTP server. */
    public static void confirm(BlockingHttpClient client, String email) {
        String link = Mails.link(Mails.awaitMailWithLink(TestServices.smtp(), email, "/confirm-email?token="),
                "/confirm-email?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        client.exchange(Api.postJson("/api/auth/confirm-email", "{\"token\": \"" + token + "\"}"));
    }

    /** A staff account (coordinator, organiser, admin) made directly, then logged in over HTTP. */
    public static AccountService.Session staff(AccountService accounts, BlockingHttpClient client,
                                               io.musubi.platform.security.Role role) {
        String email = role.name().toLowerCase() + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        accounts.createUser(email, PASSWORD, role.name(), role, null);
        return login(client, email, PASSWORD);
    }

    public static AccountService.Session login(BlockingHttpClient client, String email, String password) {
        return client.retrieve(Api.postJson("/api/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(email, password)), AccountService.Session.class);
    }

    public static Map<String, String> bearer(AccountService.Session session) {
        return Map.of("Authorization", "Bearer " + session.token());
    }
}
