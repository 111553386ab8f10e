package io.musubi.introduction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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

@Controller("/api/introductions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "introductions")
class IntroductionController {
    private final IntroductionService introductions;

    IntroductionController(IntroductionService introductions) {
        this.introductions = introductions;
    }

    @Post
    @Operation(summary = "Introduce two companies (coordinators and admins)")
    HttpResponse<IntroductionService.View> introduce(@Valid @Body IntroductionRequests.Create request,
                                                     @Nullable Authentication user) {
        return HttpResponse.created(introductions.introduce(Actor.of(user), request));
    }

    @Get
    @Operation(summary = "Introductions: a coordinator's own, all for admins, those of my company for members")
    List<IntroductionService.View> list(@Nullable Authentication user) {
        return introductions.list(Actor.of(user));
    }

    @Post("/{id}/status")
    @Operation(summary = "Record how an introduction went: meeting held, negotiating, deal or no fit")
    IntroductionService.View status(UUID id, @Valid @Body IntroductionRequests.StatusChange request,
                                    @Nullable Authentication user) {
        return introductions.changeStatus(Actor.of(user), id, request);
    }

    @Post("/{id}/consent")
    @Operation(summary = "The firm behind an anonymous need agrees to be named to the other company, or declines")
    IntroductionService.View consent(UUID id, @Valid @Body IntroductionRequests.ConsentAnswer answer,
                                     @Nullable Authentication user) {
        return introductions.answerConsent(Actor.of(user), id, answer.accept());
    }
}
