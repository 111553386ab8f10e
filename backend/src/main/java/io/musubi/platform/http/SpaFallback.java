package io.musubi.platform.http;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;

/**
 * The React app's own addresses (deep links such as {@code /companies/{id}}, the links in mails, and any address the
 * app itself answers with "page not found") are the app's {@code index.html}: a browser's GET that no route and no
 * static file answered (a 404 without a route match) and that asks for {@code text/html} gets it with 200. The client
 * routes are not listed here, so a new page needs no server change.
 *
 * <p>Everything else keeps its 404: the API ({@code /api}, which keeps the JSON error shape whatever the Accept header),
 * the OpenAPI document ({@code /openapi}), the built files ({@code /assets}) and any path whose last segment names a
 * file ({@code /favicon.ico}, {@code /assets/gone.js}), non-GET requests, callers that do not ask for HTML (scripts,
 * {@code fetch}, monitoring), and a 404 a route returned itself. Only 404s are touched: a 401 or 403 from security
 * stays as it is, and {@code index.html} is public, so the fallback opens nothing.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SpaFallback {
    static final String INDEX = "classpath:public/index.html";
    private static final String[] SERVER_PATHS = {"/api", "/openapi", "/assets"};

    private final ResourceResolver resources;
    private volatile byte[] index;

    SpaFallback(ResourceResolver resources) {
        this.resources = resources;
    }

    @ResponseFilter
    HttpResponse<?> fallBack(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!isClientRoute(request, response)) {
            return response;
        }
        return indexHtml().<HttpResponse<?>>map(html -> HttpResponse.ok(html)
                        .contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                        .header("Cache-Control", "no-cache"))
                .orElse(response);
    }

    static boolean isClientRoute(HttpRequest<?> request, HttpResponse<?> response) {
        return request.getMethod() == HttpMethod.GET
                && response.code() == HttpStatus.NOT_FOUND.getCode()
                && RouteAttributes.getRouteMatch(request).isEmpty()
                && acceptsHtml(request)
                && isAppPath(request.getPath());
    }

    /** Asks for HTML by name, as a browser's navigation does; {@code *}{@code /*} alone is not enough. */
    static boolean acceptsHtml(HttpRequest<?> request) {
        return request.accept().stream()
                .anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
    }

    /** Not under a server path, and not naming a file (a last segment with an extension). */
    static boolean isAppPath(String path) {
        for (String server : SERVER_PATHS) {
            if (path.equals(server) || path.startsWith(server + "/")) {
                return false;
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    /** Read once: the file comes with the jar and does not change while the server runs. */
    private Optional<byte[]> indexHtml() {
        byte[] html = index;
        if (html == null) {
            Optional<URL> url = resources.getResource(INDEX);
            if (url.isEmpty()) {
                return Optional.empty(); // the UI was not built into this jar: keep the 404
            }
            try (InputStream in = url.get().openStream()) {
                html = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            index = html;
        }
        return Optional.of(html);
    }
}
