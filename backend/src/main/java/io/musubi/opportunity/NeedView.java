package io.musubi.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A need as the API returns it; {@code company} is null when the need is anonymous and the reader not its firm. */
@Serdeable
public record NeedView(UUID id, long version, @Nullable CompanyRef company, boolean anonymous, Localized titles,
                       Localized descriptions, List<String> technologies, List<String> freeTerms,
                       List<String> certifications, boolean certificationsRequired, @Nullable String quantity,
                       @Nullable LocalDate deadline, List<String> preferredRegions, String status,
                       Instant createdAt, Instant updatedAt) {
    static NeedView of(Need need, @Nullable CompanyRef company) {
        return new NeedView(need.id(), need.version(), company, need.anonymous(), need.titles(), need.descriptions(),
                List.of(need.technologies()), List.of(need.freeTerms()), List.of(need.certifications()),
                need.certificationsRequired(), need.quantity(), need.deadline(), List.of(need.preferredRegions()),
                need.status().name(), need.createdAt(), need.updatedAt());
    }
}
