/**
 * The API's one error shape and the handlers that produce it. {@code ApiError} is
 * {@code {status, error, message, errors: [{field, code, message}]}}: {@code error} is a stable code, each field error
 * names a JSON path into the request. Features throw {@code ApiException} (its factories {@code invalid},
 * {@code notFound}, {@code conflict}, {@code stale} and {@code requireVersion} cover the usual 400, 404 and 409 cases);
 * {@code ErrorHandlers} turn bean-validation violations ({@code Violations}), malformed or mistyped JSON,
 * optimistic-lock conflicts and Micronaut's own 404/405/413 into the same shape, and a database that is down or hung
 * into 503 {@code database_unavailable} ({@code DatabaseFailures}). No response leaves the API in any other error
 * format; {@code MalformedInputFuzzTest} checks that every refusal carries this shape and that none is a 5xx.
 */
package io.musubi.platform.error;
