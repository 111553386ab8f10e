package io.musubi.introduction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("introduction_event")
record IntroductionEvent(@Id UUID id, UUID introductionId, Introduction.Status status, @Nullable String note,
                         UUID byUserId, Instant at) {
}
