package io.musubi.inquiry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A conversation between two companies about a profile, a need or a capacity listing. {@code toHidden}: the
 * receiving company posted an anonymous need and has not replied yet, so the sender does not see who it is. A side
 * is null once its company was deleted (the thread stays, closed, for the other side).
 */
@MappedEntity("inquiry")
record Inquiry(@Id UUID id, @Nullable UUID fromCompanyId, @Nullable UUID toCompanyId, SubjectType subjectType,
               UUID subjectId,
               Status status, boolean toHidden, Instant createdAt, Instant lastMessageAt) {

    enum SubjectType { COMPANY, NEED, CAPACITY }

    enum Status { OPEN, ANSWERED, CLOSED }

    boolean involves(UUID company) {
        return company.equals(fromCompanyId) || company.equals(toCompanyId);
    }

    boolean sentBy(UUID company) {
        return company.equals(fromCompanyId);
    }

    /** Null when the other company was deleted. */
    @Nullable
    UUID counterpartOf(UUID company) {
        return company.equals(fromCompanyId) ? toCompanyId : fromCompanyId;
    }
}
