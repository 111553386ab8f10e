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
