package io.musubi.company;

import io.musubi.platform.i18n.Localized;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A profile as the API returns it. */
@Serdeable
public record CompanyView(UUID id, long version, Localized names, Localized descriptions, List<String> technologies,
                          String country, @Nullable String region, String industry, @Nullable Money capital,
                          @Nullable Integer employees, @Nullable Integer foundedYear, @Nullable String website,
                          Instant createdAt, Instant updatedAt) {

    @Serdeable
    public record Money(BigDecimal amount, String currency) {
    }

    static CompanyView of(Company company) {
        return new CompanyView(company.id(), company.version(), company.names(), company.descriptions(),
                List.of(company.technologies()), company.country(), company.region(), company.industry().name(),
                company.capitalAmount() == null ? null
                        : new Money(company.capitalAmount().stripTrailingZeros(), company.capitalCurrency()),
                company.employees(), company.foundedYear(), company.website(), company.createdAt(),
                company.updatedAt());
    }
}
