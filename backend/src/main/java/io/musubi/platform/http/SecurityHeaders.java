package io.musubi.platform.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.core.order.Ordered;

/**
 * Headers every response carries, the UI's pages and the API alike: a Content-Security-Policy that allows only the
 * app's own scripts, styles and connections (images also as data: URLs, the favicon), no framing, no MIME sniffing,
 * a conservative referrer and permissions policy, and HSTS when {@code musubi.security.behind-tls} says the app is
 * served over HTTPS (by itself or by its proxy).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders implements Ordered {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private final boolean behindTls;

    SecurityHeaders(@Value("${musubi.security.behind-tls:false}") boolean behindTls) {
        this.behindTls = behindTls;
    }

    @ResponseFilter
    void addHeaders(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        if (behindTls) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // around everything else, so responses made by other filters carry the headers too
    }
}
