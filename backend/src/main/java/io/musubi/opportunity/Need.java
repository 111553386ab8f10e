package io.musubi.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import io.musubi.platform.i18n.Localized;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A large firm's technology or procurement need. An anonymous need hides its company from other companies. */
@MappedEntity("need")
public record Need(@Id UUID id, @Version Long version, UUID companyId,
                   @Nullable String titleJa, @Nullable String titleZh, @Nullable String titleEn,
                   @Nullable String descriptionJa, @Nullable String descriptionZh, @Nullable String descriptionEn,
                   @TypeDef(type = DataType.STRING_ARRAY) String[] technologies,
                   @TypeDef(type = DataType.STRING_ARRAY) String[] freeTerms,
                   @TypeDef(type = DataType.STRING_ARRAY) String[] certifications,
                   boolean certificationsRequired, @Nullable String quantity, @Nullable LocalDate deadline,
                   @TypeDef(type = DataType.STRING_ARRAY) String[] preferredRegions, Status status,
                   boolean anonymous, Instant createdAt, Instant updatedAt) {

    public Localized titles() {
        return new Localized(titleJa, titleZh, titleEn);
    }

    public Localized descriptions() {
        return new Localized(descriptionJa, descriptionZh, descriptionEn);
    }
}
