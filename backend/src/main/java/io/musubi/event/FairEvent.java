package io.musubi.event;

import io.musubi.platform.i18n.Localized;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** One trade fair's matching session as stored (row of fair_event). */
record FairEvent(UUID id, long version, Localized names, String venue, ZoneId zone, int slotMinutes, int tables,
                 List<Timetable.Period> sessions, List<Timetable.Period> breaks, Instant registrationDeadline,
                 Instant requestDeadline, int requestExpiryHours, int maxOutgoingRequests, int defaultMeetingCap,
                 Instant startsAt, Instant endsAt, UUID createdBy, Instant createdAt) {

    enum Phase { REGISTRATION, REQUESTS, CLOSED_FOR_REQUESTS, FINISHED }

    Timetable timetable() {
        return Timetable.of(zone, slotMinutes, sessions, breaks);
    }

    Phase phase(Instant now) {
        if (!now.isBefore(endsAt)) {
            return Phase.FINISHED;
        }
        if (now.isBefore(registrationDeadline)) {
            return Phase.REGISTRATION;
        }
        return now.isBefore(requestDeadline) ? Phase.REQUESTS : Phase.CLOSED_FOR_REQUESTS;
    }
}
