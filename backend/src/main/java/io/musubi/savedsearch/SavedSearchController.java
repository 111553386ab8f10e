package io.musubi.savedsearch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;

@Controller("/api/saved-searches")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "saved searches")
class SavedSearchController {
    private final SavedSearches savedSearches;

    SavedSearchController(SavedSearches savedSearches) {
        this.savedSearches = savedSearches;
    }

    @Get
    @Operation(summary = "My saved searches")
    List<SavedSearchViews.Item> list(@Nullable Authentication user) {
        return savedSearches.of(Actor.of(user).userId());
    }

    @Post
    @Operation(summary = "Save a search (its query string as the search page has it); new hits come daily or weekly")
    HttpResponse<SavedSearchViews.Item> create(@Valid @Body SavedSearchViews.Create request,
                                               @Nullable Authentication user) {
        return HttpResponse.created(savedSearches.create(Actor.of(user).userId(), request));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of my saved searches")
    void delete(UUID id, @Nullable Authentication user) {
        savedSearches.delete(Actor.of(user).userId(), id);
    }
}
