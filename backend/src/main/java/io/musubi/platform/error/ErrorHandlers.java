package io.musubi.platform.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps every failure to {@link ApiError}: bean validation, malformed or mistyped JSON, our own {@link ApiException},
 * optimistic-lock conflicts, and whatever Micronaut itself reports (404, 405, 413, ...) via the response processor.
 */
final class ErrorHandlers {
    private ErrorHandlers() {
    }

    static MutableHttpResponse<ApiError> respond(ApiError error) {
        return error.toResponse();
    }

    @Produces
    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    @Requires(classes = {ConstraintViolationException.class, ExceptionHandler.class})
    static class Validation implements ExceptionHandler<ConstraintViolationException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConstraintViolationException exception) {
            return respond(new ApiError(400, "validation", "The request has invalid fields",
                    Violations.of(exception.getConstraintViolations())));
        }
    }

    @Produces
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static class Conversion implements ExceptionHandler<ConversionErrorException, HttpResponse<ApiError>> {
        private static final Pattern PROPERTY = Pattern.compile("decoding property \\[\\S+ (\\w+)]");

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConversionErrorException exception) {
            String detail = exception.getMessage() == null ? "" : exception.getMessage();
            List<String> path = propertyPath(exception);
            String field = path.isEmpty() ? exception.getArgument().getName() : String.join(".", path);
            if (isSyntaxError(exception) || "request".equals(field) || "body".equals(field)) {
                return respond(new ApiError(400, "malformed_json", "The request body is not valid JSON for this "
                        + "endpoint", List.of(new ApiError.FieldError("body", "malformed_json", summary(detail)))));
            }
            return respond(new ApiError(400, "validation", "The request has invalid fields",
                    List.of(new ApiError.FieldError(field, "invalid_type", "has the wrong type or format"))));
        }

        /** The JSON property path of a value that could not be read, from serde's nested exceptions. */
        private static List<String> propertyPath(Throwable exception) {
            List<String> path = new ArrayList<>();
            Throwable t = exception;
            for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
                if (t instanceof io.micronaut.serde.exceptions.InvalidPropertyFormatException invalid) {
                    path.add(invalid.getArgument().getName());
                    break;
                }
                Matcher matcher = PROPERTY.matcher(t.getMessage() == null ? "" : t.getMessage());
                if (t instanceof io.micronaut.serde.exceptions.SerdeException && matcher.find()) {
                    path.add(matcher.group(1));
                }
            }
            return path;
        }

        /** Broken JSON (as opposed to well-formed JSON with a wrong value) shows as a parser error in the causes. */
        private static boolean isSyntaxError(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                // "Current token (VALUE_STRING) not numeric" is a parse exception too, but names a field's value
                if (t instanceof com.fasterxml.jackson.core.JsonParseException && t.getMessage() != null
                        && t.getMessage().matches("(?s)^(Unexpected|Unrecognized|Illegal|Invalid UTF).*")) {
                    return true;
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            return false;
        }

        private static String summary(String detail) {
            int cut = detail.indexOf(" due to: ");
            String reason = cut >= 0 ? detail.substring(cut + 9) : detail;
            return reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
        }
    }

    @Produces
    @Singleton
    static class Api implements ExceptionHandler<ApiException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ApiException exception) {
            return respond(exception.toError());
        }
    }

    @Produces
    @Singleton
    static class Conflict implements ExceptionHandler<OptimisticLockException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, OptimisticLockException exception) {
            return respond(ApiException.stale("record", "is not the current version").toError());
        }
    }

    /**
     * Any other failure: when the database is unreachable or hung (no connection within the pool's timeout, or a
     * query's socket timed out) the answer is 503 with Retry-After, so clients retry; anything else is a logged 500.
     */
    @Produces
    @Singleton
    static class Unexpected implements ExceptionHandler<RuntimeException, HttpResponse<ApiError>> {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ErrorHandlers.class);

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, RuntimeException exception) {
            if (DatabaseFailures.isUnavailable(exception)) {
                LOG.warn("{} {}: database unavailable ({})", request.getMethod(), request.getPath(),
                        DatabaseFailures.summary(exception));
                return respond(new ApiError(503, "database_unavailable", "The database does not answer at the "
                        + "moment; please try again shortly", List.of())).header("Retry-After", "5");
            }
            LOG.error("{} {} failed", request.getMethod(), request.getPath(), exception);
            return respond(new ApiError(500, "internal", "Something went wrong on our side", List.of()));
        }
    }

    /** Everything Micronaut reports itself (unknown route, wrong method, body too large, unreadable JSON...). */
    @Singleton
    @Replaces(ErrorResponseProcessor.class)
    static class Processor implements ErrorResponseProcessor<ApiError> {
        @Override
        @NonNull
        public MutableHttpResponse<ApiError> processResponse(@NonNull ErrorContext context,
                                                             @NonNull MutableHttpResponse<?> response) {
            int status = response.code();
            String code = switch (status) {
                case 400 -> "bad_request";
                case 401 -> "unauthorized";
                case 403 -> "forbidden";
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                case 413 -> "payload_too_large";
                case 415 -> "unsupported_media_type";
                default -> status >= 500 ? "internal" : "error";
            };
            String message = status >= 500 ? "Something went wrong on our side"
                    : context.getErrors().stream().map(e -> e.getMessage()).findFirst()
                            .orElse(HttpStatus.valueOf(status).getReason());
            List<ApiError.FieldError> errors = new ArrayList<>();
            if (status == 400) {
                context.getErrors().forEach(e -> errors.add(new ApiError.FieldError(
                        e.getPath().orElse("body"), "bad_request", e.getMessage())));
                if (message.contains("JSON") || message.contains("json")) {
                    code = "malformed_json";
                }
            }
            return response.contentType("application/json").body(new ApiError(status, code, message, errors));
        }
    }
}
