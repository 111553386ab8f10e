package io.musubi.platform.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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

    /** This error as an HTTP answer (JSON, with its status): for filters that answer before any controller. */
    public MutableHttpResponse<ApiError> toResponse() {
        return HttpResponse.<ApiError>status(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(this);
    }

    /** {@code field} is a JSON path into the request ("names", "capital.amount", "technologies[2]"). */
    @Serdeable
    public record FieldError(String field, String code, String message) {
    }
}
