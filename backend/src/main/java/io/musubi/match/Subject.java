package io.musubi.match;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a recommendation is for, reduced to what matching compares: its text, technologies, certificates (wanted
 * by a need, held by a company), regions (preferred by a need, the place of a company or listing) and owner; a
 * capacity listing also its kind and window.
 */
record Subject(Ref ref, UUID companyId, String text, List<String> technologies, List<String> certifications,
               boolean certificationsRequired, List<String> regions, @Nullable String country,
               @Nullable String region, @Nullable String capacityKind, @Nullable LocalDate availableFrom,
               @Nullable LocalDate availableTo) {

    Subject(Ref ref, UUID companyId, String text, List<String> technologies, List<String> certifications,
            boolean certificationsRequired, List<String> regions, @Nullable String country, @Nullable String region) {
        this(ref, companyId, text, technologies, certifications, certificationsRequired, regions, country, region,
                null, null, null);
    }

    boolean isListing() {
        return "capacity".equals(ref.type());
    }
}
