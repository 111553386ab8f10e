package io.musubi.platform.error;

import io.micronaut.http.HttpStatus;
import java.util.List;

/** A failure the API reports to the caller as it is (a 4xx with the project's error shape). */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final List<ApiError.FieldError> errors;

    public ApiException(HttpStatus status, String code, String message, List<ApiError.FieldError> errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", what + " not found", List.of());
    }

    /**
     * Optimistic concurrency: the client sent the version it read; a different current version means someone
     * else changed the record meanwhile (409, field "version", code "stale"). No version sent: no check.
     */
    public static void requireVersion(Long sent, long current, String what) {
        if (sent != null && sent != current) {
            throw stale(what, "is " + sent + " but the current version is " + current);
        }
    }

    public static ApiException stale(String what, String detail) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", "The " + what + " was changed by someone else; "
                + "reload it and apply your change again", List.of(new ApiError.FieldError("version", "stale",
                detail)));
    }

    /** 400 with every field problem found. */
    public static ApiException invalid(List<ApiError.FieldError> problems) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", problems);
    }

    /** 409: the request is well formed but what is stored refuses it; the field error says what stands in the way. */
    public static ApiException conflict(String message, String field, String code, String detail) {
        return conflict(message, List.of(new ApiError.FieldError(field, code, detail)));
    }

    public static ApiException conflict(String message, List<ApiError.FieldError> errors) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", message, errors);
    }

    public static ApiException invalid(String field, String code, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields",
                List.of(new ApiError.FieldError(field, code, message)));
    }

    /** The same failure with field paths under {@code prefix} ("industry" → "company.industry"). */
    public ApiException prefixed(String prefix) {
        return new ApiException(status, code, getMessage(), errors.stream().map(e -> new ApiError.FieldError(
                prefix + "." + e.field(), e.code(), e.message())).toList());
    }

    public ApiError toError() {
        return new ApiError(status.getCode(), code, getMessage(), errors);
    }

    public HttpStatus status() {
        return status;
    }
}
