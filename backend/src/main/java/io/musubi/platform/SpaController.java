package io.musubi.platform;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URL;
import java.util.Optional;

/** The React app's own routes (deep links such as /companies/{id}) answer with its index.html. */
@Controller
@Hidden
@io.micronaut.security.annotation.Secured(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS)
class SpaController {
    private final ResourceResolver resources;

    SpaController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    HttpResponse<StreamedFile> index() {
        return indexHtml();
    }

    /** Every client-side route of the app (src/app/App.tsx); files under /assets are served as they are. */
    @Get(uris = {"/login", "/signup", "/inbox", "/my", "/companies/{+path}", "/needs/{+path}", "/capacities/{+path}",
            "/inbox/{+path}", "/my/{+path}", "/admin/{+path}", "/introductions", "/events", "/events/{+path}",
            "/forgot-password", "/reset-password", "/confirm-email", "/invitations/{+path}", "/dev/{+path}"},
            produces = MediaType.TEXT_HTML)
    HttpResponse<StreamedFile> route(@io.micronaut.core.annotation.Nullable String path) {
        return indexHtml();
    }

    private HttpResponse<StreamedFile> indexHtml() {
        Optional<URL> index = resources.getResource("classpath:public/index.html");
        return index.map(url -> HttpResponse.ok(new StreamedFile(url)))
                .orElseGet(HttpResponse::notFound);
    }
}
