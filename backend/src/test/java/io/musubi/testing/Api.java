package io.musubi.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.musubi.platform.error.ApiError;
import java.util.Map;

/** Small helpers over Micronaut's blocking client for API tests: raw bodies, and errors as {@link ApiError}. */
public final class Api {
    private Api() {
    }

    /** Sends a raw JSON text (possibly malformed) and returns the status and error body, whatever the status. */
    public static Result send(BlockingHttpClient client, HttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.exchange(request, String.class);
            return new Result(response.code(), response.body(), null);
        } catch (HttpClientResponseException e) {
            ApiError error = e.getResponse().getBody(ApiError.class).orElse(null);
            return new Result(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(null), error);
        }
    }

    public static io.micronaut.http.MutableHttpRequest<String> postJson(String uri, String json) {
        return HttpRequest.POST(uri, json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    public static io.micronaut.http.MutableHttpRequest<String> putJson(String uri, String json) {
        return HttpRequest.PUT(uri, json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** As an admin (a signed token, no account): for tests that set up profiles. */
    public static HttpRequest<String> adminPostJson(String uri, String json) {
        return postJson(uri, json).bearerAuth(Tokens.admin());
    }

    public static HttpRequest<String> adminPutJson(String uri, String json) {
        return putJson(uri, json).bearerAuth(Tokens.admin());
    }

    /** Creates a record as the admin and returns its id ({@code POST /api/companies}, {@code /api/capacities} …). */
    @SuppressWarnings("unchecked")
    public static String adminCreate(BlockingHttpClient client, String uri, String json) {
        return client.retrieve(adminPostJson(uri, json), Map.class).get("id").toString();
    }

    public static Argument<Map<String, Object>> jsonObject() {
        return Argument.mapOf(String.class, Object.class);
    }

    public record Result(int status, String body, ApiError error) {
        public boolean hasFieldError(String field) {
            return error != null && error.errors().stream().anyMatch(e -> e.field().equals(field));
        }
    }
}
