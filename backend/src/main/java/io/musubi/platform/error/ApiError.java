package io.musubi.platform.error;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The one error shape of the API. {@code error} is a stable code for programs and the UI's message catalogues;
 * {@code message} is for people; {@code errors} names each offending field.
 */
@Serdeable
public record ApiError(int status, String error, String message, List<FieldError> errors) {
    public ApiError {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** {@code field} is a JSON path into the request ("names", "capital.amount", "technologies[2]"). */
    @Serdeable
    public record FieldError(String field, String code, String message) {
    }
}
