package io.musubi.inquiry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A conversation between two companies about a profile, a need or a capacity listing. {@code toHidden}: the
 * receiving company posted an anonymous need and has not replied yet, so the sender does not see who it is.
 */
@MappedEntity("inquiry")
record Inquiry(@Id UUID id, UUID fromCompanyId, UUID toCompanyId, SubjectType subjectType, UUID subjectId,
               Status status, boolean toHidden, Instant createdAt, Instant lastMessageAt) {

    enum SubjectType { COMPANY, NEED, CAPACITY }

    enum Status { OPEN, ANSWERED, CLOSED }

    boolean involves(UUID company) {
        return fromCompanyId.equals(company) || toCompanyId.equals(company);
    }

    UUID counterpartOf(UUID company) {
        return fromCompanyId.equals(company) ? toCompanyId : fromCompanyId;
    }
}
