package io.musubi.match;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Controller("/api/recommendations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "recommendations")
class MatchController {
    private final MatchService matches;

    MatchController(MatchService matches) {
        this.matches = matches;
    }

    @Get
    @Operation(summary = "Ranked recommendations with reasons: for=need:{id} (suppliers), company:{id} (needs and "
            + "listings), capacity:{id} (companies that could use it)")
    MatchService.Recommendations recommend(@QueryValue("for") String forRef,
                                           @QueryValue(defaultValue = "10") int size,
                                           @Nullable Authentication user) {
        return matches.recommend(Actor.of(user), forRef, size);
    }

    @Post("/feedback")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark a recommendation interesting or not relevant (NONE clears it)")
    void feedback(@Valid @io.micronaut.http.annotation.Body FeedbackRequest request, @Nullable Authentication user) {
        matches.feedback(Actor.of(user), request.forRef(), request.candidate(), request.verdict());
    }

    @Serdeable
    record FeedbackRequest(
            @com.fasterxml.jackson.annotation.JsonProperty("for")
            @NotBlank(message = "is required") @Size(max = 60, message = "must be at most 60 characters")
            String forRef,
            @NotBlank(message = "is required") @Size(max = 60, message = "must be at most 60 characters")
            String candidate,
            @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters")
            String verdict) {
    }
}
