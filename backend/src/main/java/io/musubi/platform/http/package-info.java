/**
 * What every HTTP response gets, whichever feature answers it. {@code SecurityHeaders} adds the
 * Content-Security-Policy, frame, sniffing, referrer and permissions headers (and HSTS when
 * {@code musubi.security.behind-tls} is set); {@code RequestSizeLimit} refuses a non-multipart body over 1 MB with 413,
 * and a chunked one with 411, before it is read. {@code HealthDetailsForAdmins} replaces Micronaut's {@code /health}
 * endpoint so that anonymous callers see only UP or DOWN and admins (the ADMIN role or the operator's
 * {@code X-Admin-Token}) see each indicator's details. {@code SpaFallback} answers a browser's GET of an address no
 * route or file answers (outside {@code /api}, {@code /openapi} and {@code /assets}) with the React app's
 * {@code index.html}, so deep links and the links in mails open the app, which shows its own "page not found". Everything here is a filter or an endpoint replacement: features
 * do not call it.
 */
package io.musubi.platform.http;
