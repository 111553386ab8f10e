package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import java.time.LocalDate;
import java.util.UUID;

/** {@code expired}: the valid-until date has passed (computed on read). */
@Serdeable
public record CertificationView(UUID id, long version, String standard, Localized labels, @Nullable String name,
                                @Nullable String number, @Nullable String issuer, @Nullable LocalDate validUntil,
                                String verification, boolean expired) {
    /**
     * Whether the certificate counts as held: the rule of {@link Certification#countsOn}, on the day this view was
     * read.
     */
    public boolean counts() {
        return Certification.counts(Certification.Verification.valueOf(verification), expired);
    }

    static CertificationView of(Certification c, LocalDate today) {
        return new CertificationView(c.id(), c.version(), c.standard().name(), c.standard().labels(), c.name(),
                c.number(), c.issuer(), c.validUntil(), c.verification().name(), c.expiredOn(today));
    }
}
