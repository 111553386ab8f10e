package io.musubi.company;

import io.musubi.platform.i18n.Localized;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A company profile row. {@code source}/{@code sourceKey} identify imported rows so re-imports do not duplicate. */
@MappedEntity("company")
public record Company(
        @Id UUID id,
        @Version Long version,
        @Nullable String nameJa,
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable String descriptionJa,
        @Nullable String descriptionZh,
        @Nullable String descriptionEn,
        @TypeDef(type = DataType.STRING_ARRAY) String[] technologies,
        String country,
        @Nullable String region,
        Industry industry,
        @Nullable BigDecimal capitalAmount,
        @Nullable String capitalCurrency,
        @Nullable Integer employees,
        @Nullable Integer foundedYear,
        @Nullable String website,
        @Nullable String source,
        @Nullable String sourceKey,
        Instant createdAt,
        Instant updatedAt) {

    public Localized names() {
        return new Localized(nameJa, nameZh, nameEn);
    }

    public Localized descriptions() {
        return new Localized(descriptionJa, descriptionZh, descriptionEn);
    }
}
