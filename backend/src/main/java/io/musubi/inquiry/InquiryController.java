package io.musubi.inquiry;

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
import java.net.URI;
import java.util.UUID;

@Controller("/api/inquiries")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "inquiries")
class InquiryController {
    private final InquiryService inquiries;

    InquiryController(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @Post
    @Operation(summary = "Start an inquiry about a company, a need or a capacity listing")
    HttpResponse<InquiryViews.Thread> start(@Valid @Body InquiryViews.StartRequest request,
                                            @Nullable Authentication user) {
        InquiryViews.Thread thread = inquiries.start(Actor.of(user), request);
        return HttpResponse.created(thread, URI.create("/api/inquiries/" + thread.id()));
    }

    @Get
    @Operation(summary = "My company's inbox, newest first, with unread counts")
    InquiryViews.Inbox inbox(@Nullable Authentication user) {
        return inquiries.inbox(Actor.of(user));
    }

    @Get("/unread")
    @Operation(summary = "How many messages my company has not read")
    InquiryViews.Unread unread(@Nullable Authentication user) {
        return new InquiryViews.Unread(inquiries.unread(Actor.of(user)));
    }

    @Get("/{id}")
    @Operation(summary = "A thread with its messages; marks it read")
    InquiryViews.Thread thread(UUID id, @Nullable Authentication user) {
        return inquiries.read(Actor.of(user), id);
    }

    @Post("/{id}/messages")
    @Operation(summary = "Reply in a thread")
    HttpResponse<InquiryViews.Message> reply(UUID id, @Valid @Body InquiryViews.MessageRequest request,
                                             @Nullable Authentication user) {
        return HttpResponse.created(inquiries.reply(Actor.of(user), id, request.body()));
    }

    @Post("/{id}/close")
    @Operation(summary = "Close a thread (either side)")
    InquiryViews.Thread close(UUID id, @Nullable Authentication user) {
        return inquiries.close(Actor.of(user), id);
    }
}
