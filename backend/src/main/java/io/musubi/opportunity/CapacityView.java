package io.musubi.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Serdeable
public record CapacityView(UUID id, long version, CompanyRef company, String kind, Localized titles,
                           Localized specifications, List<String> technologies, String country,
                           @Nullable String region, LocalDate availableFrom, LocalDate availableTo,
                           @Nullable BigDecimal amountPerMonth, @Nullable String unit, @Nullable String terms,
                           String status, Instant createdAt, Instant updatedAt) {
    static CapacityView of(Capacity c, CompanyRef company) {
        return new CapacityView(c.id(), c.version(), company, c.kind().name(), c.titles(), c.specifications(),
                List.of(c.technologies()), c.country(), c.region(), c.availableFrom(), c.availableTo(),
                c.amountPerMonth() == null ? null : c.amountPerMonth().stripTrailingZeros(),
                c.unit() == null ? null : c.unit().name(), c.terms(), c.status().name(), c.createdAt(),
                c.updatedAt());
    }
}
