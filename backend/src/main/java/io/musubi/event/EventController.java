package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "events")
class EventController {
    private final EventService events;
    private final Participants participants;
    private final ParticipantImport participantImport;
    private final MeetingRequests requests;
    private final Schedules schedules;
    private final Agendas agendas;
    private final Outcomes outcomes;
    private final ScheduleAnnouncements announcements;

    EventController(EventService events, Participants participants, ParticipantImport participantImport,
                    MeetingRequests requests, Schedules schedules, Agendas agendas, Outcomes outcomes,
                    ScheduleAnnouncements announcements) {
        this.events = events;
        this.participants = participants;
        this.participantImport = participantImport;
        this.requests = requests;
        this.schedules = schedules;
        this.agendas = agendas;
        this.outcomes = outcomes;
        this.announcements = announcements;
    }

    @Serdeable
    record OrganiserRequest(@Nullable String email) {
    }

    @Post
    @Operation(summary = "Create an event (organisers, admins)")
    HttpResponse<EventService.View> create(@Body EventRequest request, @Nullable Authentication user) {
        Actor actor = Actor.of(user);
        FairEvent event = events.create(actor, request);
        return HttpResponse.created(events.view(event, actor, null))
                .headers(h -> h.location(URI.create("/api/events/" + event.id())));
    }

    @Put("/{id}")
    @Operation(summary = "Change an event (its organisers)")
    EventService.View update(UUID id, @Body EventRequest request, @Nullable Authentication user) {
        Actor actor = Actor.of(user);
        return view(events.update(actor, id, request), actor);
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Events, latest first")
    List<EventService.Summary> list(@Nullable Authentication user) {
        return events.list(user == null ? null : Actor.of(user));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "An event with its slots")
    EventService.View get(UUID id, @Nullable Authentication user) {
        return view(events.require(id), user == null ? null : Actor.of(user));
    }

    @Post("/{id}/organisers")
    @Operation(summary = "Add a co-organiser by e-mail")
    EventService.View addOrganiser(UUID id, @Body OrganiserRequest request, @Nullable Authentication user) {
        Actor actor = Actor.of(user);
        events.addOrganiser(actor, id, request.email());
        return view(events.require(id), actor);
    }

    @Post("/{id}/participants")
    @Operation(summary = "Register a company for the event")
    HttpResponse<Participants.View> register(UUID id, @Body ParticipantRequest request,
                                             @Nullable Authentication user) {
        return HttpResponse.created(participants.register(Actor.of(user), id, request));
    }

    @Put("/{id}/participants/{participantId}")
    @Operation(summary = "Change a registration")
    Participants.View updateParticipant(UUID id, UUID participantId, @Body ParticipantRequest request,
                                        @Nullable Authentication user) {
        return participants.update(Actor.of(user), id, participantId, request);
    }

    @Get("/{id}/participants")
    @Operation(summary = "The event's participants, searched with the product's search when q is given")
    Participants.Page participants(UUID id, @Nullable @QueryValue String q, @Nullable @QueryValue String role,
                                   @QueryValue(defaultValue = "0") int page,
                                   @QueryValue(defaultValue = "50") int size, @Nullable Authentication user) {
        return participants.list(Actor.of(user), id, q, role, page, size);
    }

    @Post(value = "/{id}/participants/import", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Register participants from an exhibitor CSV")
    ParticipantImport.Result importParticipants(UUID id, @Part("file") CompletedFileUpload file,
                                                @Nullable Authentication user) throws IOException {
        return participantImport.run(Actor.of(user), id, file.getBytes());
    }

    @Get("/{id}/recommendations")
    @Operation(summary = "Participants worth meeting, with reasons")
    Participants.Recommendations recommendations(UUID id, @Nullable @QueryValue UUID participantId,
                                                 @QueryValue(defaultValue = "10") int size,
                                                 @Nullable Authentication user) {
        return participants.recommend(Actor.of(user), id, participantId, size);
    }

    @Post("/{id}/requests")
    @Operation(summary = "Ask a participant for a meeting")
    HttpResponse<MeetingRequests.View> request(UUID id, @Body MeetingRequests.Send request,
                                               @Nullable Authentication user) {
        return HttpResponse.created(requests.send(Actor.of(user), id, request));
    }

    @Get("/{id}/requests")
    @Operation(summary = "Requests: box=in (to me), out (from me), all (organisers)")
    List<MeetingRequests.View> requests(UUID id, @Nullable @QueryValue String box, @Nullable Authentication user) {
        return requests.list(Actor.of(user), id, box);
    }

    @Post("/{id}/requests/{requestId}/accept")
    @Operation(summary = "Accept a request (the receiver)")
    MeetingRequests.View accept(UUID id, UUID requestId, @Nullable Authentication user) {
        return requests.accept(Actor.of(user), id, requestId);
    }

    @Post("/{id}/requests/{requestId}/decline")
    @Operation(summary = "Decline a request (the receiver)")
    MeetingRequests.View decline(UUID id, UUID requestId, @Nullable Authentication user) {
        return requests.decline(Actor.of(user), id, requestId);
    }

    @Post("/{id}/requests/{requestId}/withdraw")
    @Operation(summary = "Withdraw a pending request (the sender)")
    MeetingRequests.View withdraw(UUID id, UUID requestId, @Nullable Authentication user) {
        return requests.withdraw(Actor.of(user), id, requestId);
    }

    @Post("/{id}/schedule/run")
    @Operation(summary = "Run the scheduler over the accepted meetings; pinned meetings stay")
    Schedules.Run run(UUID id, @Nullable Authentication user) {
        return schedules.run(Actor.of(user), id);
    }

    @Post("/{id}/schedule/publish")
    @Operation(summary = "Tell every participant with meetings their agenda (notice and mail with .ics); from then on "
            + "a meeting that moves is told to both sides")
    ScheduleAnnouncements.Published publish(UUID id, @Nullable Authentication user) {
        return announcements.publish(Actor.of(user), id);
    }

    @Get("/{id}/schedule")
    @Operation(summary = "The grid: slots, tables, meetings and the last run")
    Schedules.Grid schedule(UUID id, @Nullable Authentication user) {
        return schedules.grid(Actor.of(user), id);
    }

    @Put("/{id}/meetings/{meetingId}/placement")
    @Operation(summary = "Move (and pin) a meeting to a slot and table, with conflict checks")
    Schedules.Meeting place(UUID id, UUID meetingId, @Body Schedules.Placement placement,
                            @Nullable Authentication user) {
        return schedules.place(Actor.of(user), id, meetingId, placement);
    }

    @Delete("/{id}/meetings/{meetingId}/placement")
    @Operation(summary = "Take a meeting out of the schedule")
    Schedules.Meeting unplace(UUID id, UUID meetingId, @Nullable Authentication user) {
        return schedules.unplace(Actor.of(user), id, meetingId);
    }

    @Put("/{id}/meetings/{meetingId}/outcome")
    @Operation(summary = "Record what came of a meeting (either side, once it has started)")
    Schedules.Meeting outcome(UUID id, UUID meetingId, @Body Outcomes.Record request,
                              @Nullable Authentication user) {
        return outcomes.record(Actor.of(user), id, meetingId, request);
    }

    @Get("/{id}/agenda")
    @Operation(summary = "A participant's agenda")
    Agendas.Agenda agenda(UUID id, @Nullable @QueryValue UUID participantId, @Nullable Authentication user) {
        return agendas.agenda(Actor.of(user), id, participantId);
    }

    @Get(value = "/{id}/agenda.ics", produces = "text/calendar")
    @Operation(summary = "A participant's agenda as iCalendar")
    HttpResponse<byte[]> agendaIcs(UUID id, @Nullable @QueryValue UUID participantId, @Nullable Authentication user) {
        Agendas.Agenda agenda = agendas.agenda(Actor.of(user), id, participantId);
        return download(agendas.ics(agenda), "text/calendar; charset=utf-8", "agenda.ics");
    }

    @Get(value = "/{id}/agenda.csv", produces = "text/csv")
    @Operation(summary = "A participant's agenda as CSV")
    HttpResponse<byte[]> agendaCsv(UUID id, @Nullable @QueryValue UUID participantId, @Nullable Authentication user) {
        Agendas.Agenda agenda = agendas.agenda(Actor.of(user), id, participantId);
        return download(agendas.csv(agenda), "text/csv; charset=utf-8", "agenda.csv");
    }

    @Get("/{id}/dashboard")
    @Operation(summary = "Meetings, no-shows and the share of exhibitors that reached business talks")
    Outcomes.Dashboard dashboard(UUID id, @Nullable Authentication user) {
        return outcomes.dashboard(Actor.of(user), id);
    }

    @Get(value = "/{id}/outcomes.csv", produces = "text/csv")
    @Operation(summary = "Outcomes of every meeting, one row per side")
    HttpResponse<byte[]> outcomesCsv(UUID id, @Nullable Authentication user) {
        return download(outcomes.csv(Actor.of(user), id), "text/csv; charset=utf-8", "outcomes.csv");
    }

    private EventService.View view(FairEvent event, @Nullable Actor actor) {
        Participants.View mine = actor == null ? null
                : participants.ofCompany(event.id(), actor.companyId()).orElse(null);
        return events.view(event, actor, mine);
    }

    private static HttpResponse<byte[]> download(String text, String type, String filename) {
        return HttpResponse.ok(text.getBytes(StandardCharsets.UTF_8)).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

}
