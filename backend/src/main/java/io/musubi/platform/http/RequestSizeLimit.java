package io.musubi.platform.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.core.order.Ordered;
import io.musubi.platform.error.ApiError;
import java.util.List;

/**
 * Refuses a body that is not a file upload and is larger than 1 MB before it is read, with 413 in the API's error
 * shape. Uploads (multipart) keep their own limits: the server's 20 MB and each endpoint's (logo 1 MB, CSV 20 MB).
 * A chunked body has no length to check up front, so only uploads may be sent that way (411 otherwise).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestSizeLimit implements Ordered {
    static final long MAX_BODY_BYTES = 1024 * 1024;

    @RequestFilter
    @Nullable
    HttpResponse<ApiError> check(HttpRequest<?> request) {
        if (isUpload(request)) {
            return null;
        }
        long length = request.getContentLength();
        if (length > MAX_BODY_BYTES) {
            // the bytes still arriving are read and dropped, never buffered: the client gets the answer once it has
            // sent them, instead of a connection closed under its upload
            if (request instanceof ServerHttpRequest<?> server) {
                server.byteBody().allowDiscard();
            }
            return refuse(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload_too_large",
                    "The request body is larger than 1 MB", "must be at most 1 MB");
        }
        String encoding = request.getHeaders().get("Transfer-Encoding");
        if (length < 0 && encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
            return refuse(HttpStatus.LENGTH_REQUIRED, "length_required",
                    "Send the body with a Content-Length (chunked bodies are for file uploads only)",
                    "needs a Content-Length");
        }
        return null;
    }

    private static boolean isUpload(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
    }

    private static HttpResponse<ApiError> refuse(HttpStatus status, String code, String message, String detail) {
        return new ApiError(status.getCode(), code, message, List.of(new ApiError.FieldError("body", code, detail)))
                .toResponse();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // before anything reads the body
    }
}
