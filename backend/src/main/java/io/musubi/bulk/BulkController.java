package io.musubi.bulk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "import and export")
class BulkController {
    private final BulkImports imports;
    private final CompanyExport export;

    BulkController(BulkImports imports, CompanyExport export) {
        this.imports = imports;
        this.export = export;
    }

    @Post(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import companies from CSV (company300 format or the template); runs in the background")
    HttpResponse<ImportJob> start(@Part("file") CompletedFileUpload file, @Nullable Authentication user)
            throws IOException {
        ImportJob job = imports.start(Actor.of(user), file.getFilename(), file.getBytes());
        return HttpResponse.accepted().body(job).headers(h -> h.location(URI.create("/api/imports/" + job.id())));
    }

    @Get("/imports/{id}")
    @Operation(summary = "An import's progress and its per-row problems")
    ImportJob job(UUID id, @Nullable Authentication user) {
        return imports.find(Actor.of(user), id).orElseThrow(() -> ApiException.notFound("Import " + id));
    }

    @Get(value = "/companies/export.csv", produces = "text/csv")
    @Operation(summary = "Every profile as CSV in the import template's columns (staff)")
    HttpResponse<byte[]> export(@Nullable Authentication user) throws IOException {
        Actor.of(user).requireRole(Role.ADMIN, Role.ORGANISER, Role.COORDINATOR);
        byte[] csv = export.csv().getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(csv).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"musubi-companies.csv\"");
    }
}
