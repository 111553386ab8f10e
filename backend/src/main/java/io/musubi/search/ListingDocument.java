package io.musubi.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.musubi.platform.i18n.Localized;
import java.util.List;

/**
 * A document of the companies, needs or capacities index as search and recommendations read it (fields of
 * search-config mappings/listing-fields.json and the index templates; written by {@link ListingFields}). Read
 * straight from Elasticsearch hits ({@code client.search(request, ListingDocument.class)}); fields a request leaves
 * out of {@code _source} are null or empty. Dates stay ISO strings, as the API passes them on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListingDocument(
        @Nullable String kind,
        @Nullable Localized name,
        @JsonProperty("company_id") @Nullable String companyId,
        @JsonProperty("company_name") @Nullable Localized companyName,
        @JsonProperty("company_kind") @Nullable String companyKind,
        @Nullable String country,
        @Nullable String region,
        @Nullable String industry,
        @Nullable List<String> technologies,
        @Nullable List<String> certifications,
        @JsonProperty("certifications_required") @Nullable Boolean certificationsRequired,
        @JsonProperty("sme_class") @Nullable String smeClass,
        @JsonProperty("srdi_provincial_year") @Nullable Integer srdiProvincialYear,
        @JsonProperty("little_giant_year") @Nullable Integer littleGiantYear,
        @Nullable Boolean verified,
        @JsonProperty("capacity_kind") @Nullable String capacityKind,
        @JsonProperty("available_from") @Nullable String availableFrom,
        @JsonProperty("available_to") @Nullable String availableTo,
        @Nullable String deadline,
        @JsonProperty("updated_at") @Nullable String updatedAt) {

    /** An empty document, for hits that carry no {@code _source}. */
    public static final ListingDocument NONE = new ListingDocument(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null);

    public ListingDocument {
        technologies = technologies == null ? List.of() : List.copyOf(technologies);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        name = orNull(name);
        companyName = orNull(companyName);
    }

    /** company, need or capacity (documents of the companies index before kinds existed say nothing). */
    public String kindOrCompany() {
        return kind == null ? "company" : kind;
    }

    public boolean isVerified() {
        return Boolean.TRUE.equals(verified);
    }

    public boolean requiresCertifications() {
        return Boolean.TRUE.equals(certificationsRequired);
    }

    private static Localized orNull(Localized texts) {
        return texts == null || texts.isEmpty() ? null : texts;
    }
}
