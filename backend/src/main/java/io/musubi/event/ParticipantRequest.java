package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** Registration for an event, or a change of it. {@code role}: a {@link ParticipantRole} name. */
@Serdeable
public record ParticipantRequest(@Nullable UUID companyId, @Nullable String role, @Nullable String offers,
                                 @Nullable String seeks, @Nullable Integer maxMeetings,
                                 @Nullable List<Integer> unavailableSlots, @Nullable Long version) {
    static final int MAX_TEXT = 2000;
}
