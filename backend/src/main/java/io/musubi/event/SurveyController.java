package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** Follow-up surveys after a fair: the rounds its managers schedule, and the answers from the mails' links. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "events")
class SurveyController {
    private final SurveyRounds rounds;
    private final SurveyAnswers answers;

    SurveyController(SurveyRounds rounds, SurveyAnswers answers) {
        this.rounds = rounds;
        this.answers = answers;
    }

    @Get("/events/{id}/surveys")
    @Operation(summary = "The event's follow-up survey rounds: when each is due, how many were mailed and answered")
    List<SurveyRounds.Round> list(UUID id, @Nullable Authentication user) {
        return rounds.list(Actor.of(user), id);
    }

    @Post("/events/{id}/surveys")
    @Operation(summary = "Schedule a follow-up survey round monthsAfter (1–24) months after the fair's last day")
    HttpResponse<SurveyRounds.Round> create(UUID id, @Body SurveyRounds.RoundRequest request,
                                            @Nullable Authentication user) {
        return HttpResponse.created(rounds.create(Actor.of(user), id, request));
    }

    @Delete("/events/{id}/surveys/{roundId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take back a survey round nobody has been mailed for yet")
    void delete(UUID id, UUID roundId, @Nullable Authentication user) {
        rounds.delete(Actor.of(user), id, roundId);
    }

    @Get("/surveys/answer")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "What a survey mail's link would record (no login; records nothing, so mail scanners may open it)")
    SurveyAnswers.Question preview(@Nullable @QueryValue String token) {
        return answers.preview(token);
    }

    @Post("/surveys/answer")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Record the answer of a survey mail's link (no login; the signed token is the proof)")
    SurveyAnswers.Question answer(@Body SurveyAnswers.AnswerRequest request) {
        return answers.record(request.token());
    }
}
