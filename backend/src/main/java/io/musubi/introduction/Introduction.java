package io.musubi.introduction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A coordinator's introduction of two companies, followed up through its statuses. */
@MappedEntity("introduction")
record Introduction(@Id UUID id, UUID coordinatorId, UUID companyA, UUID companyB, @Nullable UUID needId,
                    @Nullable String note, Status status, @Nullable Consent firmConsent, Instant createdAt,
                    Instant updatedAt) {

    enum Status { INTRODUCED, MEETING_HELD, NEGOTIATING, DEAL, NO_FIT }

    /** For an introduction about an anonymous need: whether the firm behind it agreed to be named. */
    enum Consent { PENDING, ACCEPTED, DECLINED }

    Introduction withStatus(Status newStatus, Instant at) {
        return new Introduction(id, coordinatorId, companyA, companyB, needId, note, newStatus, firmConsent, createdAt,
                at);
    }

    Introduction withConsent(Consent consent, Instant at) {
        return new Introduction(id, coordinatorId, companyA, companyB, needId, note, status, consent, createdAt, at);
    }

    boolean involves(UUID company) {
        return companyA.equals(company) || companyB.equals(company);
    }
}
