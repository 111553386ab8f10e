package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import io.musubi.platform.i18n.Localized;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A company profile row. {@code technologies} are taxonomy codes, {@code freeTerms} the company's own words.
 * {@code source}/{@code sourceKey} identify imported rows so re-imports do not duplicate.
 */
@MappedEntity("company")
public record Company(
        @Id UUID id,
        @Version Long version,
        CompanyKind kind,
        @Nullable String nameJa,
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable String headlineJa,
        @Nullable String headlineZh,
        @Nullable String headlineEn,
        @Nullable String descriptionJa,
        @Nullable String descriptionZh,
        @Nullable String descriptionEn,
        @TypeDef(type = DataType.STRING_ARRAY) String[] technologies,
        @TypeDef(type = DataType.STRING_ARRAY) String[] freeTerms,
        @TypeDef(type = DataType.STRING_ARRAY) String[] products,
        @TypeDef(type = DataType.STRING_ARRAY) String[] materials,
        @TypeDef(type = DataType.JSON) List<Equipment> equipment,
        String country,
        @Nullable String region,
        Industry industry,
        @Nullable BigDecimal capitalAmount,
        @Nullable String capitalCurrency,
        @Nullable Integer employees,
        @Nullable Integer foundedYear,
        @Nullable String website,
        @Nullable String contactPerson,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @TypeDef(type = DataType.JSON) ContactVisibility contactVisibility,
        @Nullable Integer srdiProvincialYear,
        @Nullable Integer littleGiantYear,
        boolean verified,
        @Nullable String source,
        @Nullable String sourceKey,
        Instant createdAt,
        Instant updatedAt) {

    public Localized names() {
        return new Localized(nameJa, nameZh, nameEn);
    }

    public Localized headlines() {
        return new Localized(headlineJa, headlineZh, headlineEn);
    }

    public Localized descriptions() {
        return new Localized(descriptionJa, descriptionZh, descriptionEn);
    }

    /** Whether two rows say the same (ignoring identity, version, verification and timestamps). */
    boolean sameContent(Company other) {
        return kind == other.kind && Objects.equals(names(), other.names())
                && Objects.equals(headlines(), other.headlines())
                && Objects.equals(descriptions(), other.descriptions())
                && Arrays.equals(technologies, other.technologies) && Arrays.equals(freeTerms, other.freeTerms)
                && Arrays.equals(products, other.products) && Arrays.equals(materials, other.materials)
                && Objects.equals(equipment, other.equipment) && country.equals(other.country)
                && Objects.equals(region, other.region) && industry == other.industry
                && (capitalAmount == null ? other.capitalAmount == null
                        : other.capitalAmount != null && capitalAmount.compareTo(other.capitalAmount) == 0)
                && Objects.equals(capitalCurrency, other.capitalCurrency)
                && Objects.equals(employees, other.employees) && Objects.equals(foundedYear, other.foundedYear)
                && Objects.equals(website, other.website) && Objects.equals(contactPerson, other.contactPerson)
                && Objects.equals(contactEmail, other.contactEmail) && Objects.equals(contactPhone, other.contactPhone)
                && Objects.equals(contactVisibility, other.contactVisibility)
                && Objects.equals(srdiProvincialYear, other.srdiProvincialYear)
                && Objects.equals(littleGiantYear, other.littleGiantYear);
    }
}
