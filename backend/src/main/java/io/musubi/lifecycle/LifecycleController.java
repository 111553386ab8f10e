package io.musubi.lifecycle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.musubi.account.PasswordConfirmation;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;

/** Leaving with one's data, and deleting a company. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "accounts")
class LifecycleController {
    private final java.time.Clock clock;
    private final DataExport export;
    private final CompanyDeletion deletion;

    LifecycleController(DataExport export, CompanyDeletion deletion, java.time.Clock clock) {
        this.clock = clock;
        this.export = export;
        this.deletion = deletion;
    }

    @Get("/account/export")
    @Operation(summary = "Download my data as JSON: the account, and for owners everything the company stored")
    HttpResponse<String> export(@Nullable Authentication user) {
        String json = export.export(Actor.of(user));
        return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"musubi-export-"
                        + LocalDate.now(clock) + ".json\"")
                .header("Cache-Control", "no-store");
    }

    @Delete("/companies/{id}")
    @Operation(summary = "Delete the company (its owners, or an admin), given the caller's password: profile, needs, "
            + "listings, logo and the rest leave the database and the index; members stay without a company; threads "
            + "keep the other side's messages")
    @Status(HttpStatus.NO_CONTENT)
    void delete(UUID id, @Valid @Body PasswordConfirmation confirmation, @Nullable Authentication user) {
        deletion.delete(Actor.of(user), id, confirmation.password());
    }
}
