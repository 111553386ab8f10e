package io.musubi.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.musubi.platform.error.ApiError;
import jakarta.inject.Singleton;

/** 429 in the API's error shape, with {@code Retry-After} in seconds. */
@Produces
@Singleton
class TooManyAttemptsHandler implements ExceptionHandler<TooManyAttempts, HttpResponse<ApiError>> {
    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, TooManyAttempts exception) {
        return HttpResponse.<ApiError>status(exception.status()).body(exception.toError())
                .header("Retry-After", String.valueOf(exception.retryAfterSeconds()));
    }
}
