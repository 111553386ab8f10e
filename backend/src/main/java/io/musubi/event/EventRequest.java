package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import java.time.OffsetDateTime;
import java.util.List;

/** What an organiser sends to create or change an event; checked by {@link EventRules}. */
@Serdeable
public record EventRequest(@Nullable Localized names, @Nullable String venue, @Nullable String timeZone,
                           @Nullable Integer slotMinutes, @Nullable Integer tables,
                           @Nullable List<Timetable.Period> sessions, @Nullable List<Timetable.Period> breaks,
                           @Nullable OffsetDateTime registrationDeadline, @Nullable OffsetDateTime requestDeadline,
                           @Nullable Integer requestExpiryHours, @Nullable Integer maxOutgoingRequests,
                           @Nullable Integer defaultMeetingCap, @Nullable Long version) {
    static final int DEFAULT_EXPIRY_HOURS = 72;
    static final int DEFAULT_MAX_OUTGOING = 20;
    static final int DEFAULT_MEETING_CAP = 8;

    List<Timetable.Period> breakList() {
        return breaks == null ? List.of() : breaks;
    }

    int expiryHours() {
        return requestExpiryHours == null ? DEFAULT_EXPIRY_HOURS : requestExpiryHours;
    }

    int maxOutgoing() {
        return maxOutgoingRequests == null ? DEFAULT_MAX_OUTGOING : maxOutgoingRequests;
    }

    int meetingCap() {
        return defaultMeetingCap == null ? DEFAULT_MEETING_CAP : defaultMeetingCap;
    }
}
