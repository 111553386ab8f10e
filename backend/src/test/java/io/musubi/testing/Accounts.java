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

    /** A new company of this kind ("SME" or "LARGE_FIRM") with its first member; returns the session. */
    public static AccountService.Session signUp(BlockingHttpClient client, String kind, String companyName) {
        String email = "u" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        return client.retrieve(Api.postJson("/api/auth/signup", """
                {"email": "%s", "password": "%s", "displayName": "Tester",
                 "company": {"kind": "%s", "names": {"ja": "%s"}, "country": "JP", "industry": "MANUFACTURING"}}
                """.formatted(email, PASSWORD, kind, companyName)), AccountService.Session.class);
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
