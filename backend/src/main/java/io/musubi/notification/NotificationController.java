package io.musubi.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "notifications")
class NotificationController {
    private final NotificationInbox inbox;
    private final NotificationPreferences preferences;

    NotificationController(NotificationInbox inbox, NotificationPreferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    @Get
    @Operation(summary = "My notifications, newest first, with my unread count")
    NotificationViews.Page list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size,
                                @Nullable Authentication user) {
        return inbox.page(Actor.of(user).userId(), page, size);
    }

    @Get("/unread")
    @Operation(summary = "How many of my notifications I have not read (the bell's count)")
    NotificationViews.Unread unread(@Nullable Authentication user) {
        return new NotificationViews.Unread(inbox.unread(Actor.of(user).userId()));
    }

    @Post("/read")
    @Operation(summary = "Mark some of my notifications (ids) or all of them (all: true) read")
    NotificationViews.Unread markRead(@Valid @Body NotificationViews.MarkRead request, @Nullable Authentication user) {
        return new NotificationViews.Unread(inbox.markRead(Actor.of(user).userId(), request));
    }

    @Get("/preferences")
    @Operation(summary = "How each type of notification reaches me: INSTANT mail, DAILY digest or OFF (in-app only)")
    NotificationViews.Preferences preferences(@Nullable Authentication user) {
        return preferences.of(Actor.of(user).userId());
    }

    @Put("/preferences")
    @Operation(summary = "Change how some types of notification reach me")
    NotificationViews.Preferences changePreferences(@Valid @Body NotificationViews.PreferencesChange request,
                                                    @Nullable Authentication user) {
        return preferences.change(Actor.of(user).userId(), request);
    }

    /** Mail clients POST {@code List-Unsubscribe=One-Click} as a form (RFC 8058); the UI posts nothing. */
    @Post(value = "/unsubscribe", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON,
            MediaType.TEXT_PLAIN})
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Stop mails of one type with the signed token of a mail's link (no login; RFC 8058 one-click)")
    NotificationViews.Unsubscribed unsubscribe(@QueryValue String token) {
        return preferences.unsubscribe(token);
    }
}
