package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("certification")
record Certification(@Id UUID id, @Version Long version, UUID companyId, CertificationStandard standard,
                     @Nullable String name, @Nullable String number, @Nullable String issuer,
                     @Nullable LocalDate validUntil, Verification verification, Instant createdAt,
                     Instant updatedAt) {

    enum Verification { UNVERIFIED, VERIFIED, REJECTED }
    /** Whether the certificate counts as held on that day: not expired and not rejected (unverified ones count). */
    boolean countsOn(LocalDate today) {
        return counts(verification, expiredOn(today));
    }

    /** The rule itself, for stored certificates and for views of them. */
    static boolean counts(Verification verification, boolean expired) {
        return !expired && verification != Verification.REJECTED;
    }


    boolean expiredOn(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }
}
