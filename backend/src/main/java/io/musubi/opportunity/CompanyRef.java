package io.musubi.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.company.CompanyService;
import io.musubi.platform.i18n.Localized;
import java.util.UUID;

/** The company behind a need or listing, as other companies see it. */
@Serdeable
public record CompanyRef(UUID id, Localized names, String country, @Nullable String region, boolean verified) {
    static CompanyRef of(CompanyService.Summary summary) {
        return new CompanyRef(summary.id(), summary.names(), summary.country(), summary.region(), summary.verified());
    }
}
