package io.musubi.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import io.musubi.platform.i18n.Localized;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Idle capacity a company offers for a time window: equipment, a lab, a clean room, space or production time. */
@MappedEntity("capacity")
public record Capacity(@Id UUID id, @Version Long version, UUID companyId, Kind kind,
                       @Nullable String titleJa, @Nullable String titleZh, @Nullable String titleEn,
                       @Nullable String specificationJa, @Nullable String specificationZh,
                       @Nullable String specificationEn,
                       @TypeDef(type = DataType.STRING_ARRAY) String[] technologies, String country,
                       @Nullable String region, LocalDate availableFrom, LocalDate availableTo,
                       @Nullable BigDecimal amountPerMonth, @Nullable Unit unit, @Nullable String terms,
                       Status status, Instant createdAt, Instant updatedAt) {

    public enum Kind { EQUIPMENT, TEST_LAB, CLEAN_ROOM, SPACE, PRODUCTION }

    public enum Unit { HOURS, UNITS, SQUARE_METRES }

    public Localized titles() {
        return new Localized(titleJa, titleZh, titleEn);
    }

    public Localized specifications() {
        return new Localized(specificationJa, specificationZh, specificationEn);
    }
}
