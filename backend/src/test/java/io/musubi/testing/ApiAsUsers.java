package io.musubi.testing;

import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.musubi.account.AccountService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of tests that call the HTTP API as several signed-in users: the client and the account service that signs
 * them up, injected once here rather than in each test. Such tests set their users up once, in a {@code @BeforeAll}
 * method (which runs after this one), so they run with one test instance per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiAsUsers implements RealServices {
    @Inject
    @Client("/")
    protected HttpClient http;
    @Inject
    protected AccountService accounts;

    protected BlockingHttpClient client;

    @BeforeAll
    void openClient() {
        client = http.toBlocking();
    }
}
