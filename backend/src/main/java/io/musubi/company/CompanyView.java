package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A profile as the API returns it, with what is computed on read: certificate status and SME class. */
@Serdeable
public record CompanyView(UUID id, long version, String kind, Localized names, Localized headlines,
                          Localized descriptions, List<String> technologies, List<String> freeTerms,
                          List<String> products, List<String> materials, List<Equipment> equipment,
                          String country, @Nullable String region, String industry, @Nullable Money capital,
                          @Nullable Integer employees, @Nullable Integer foundedYear, @Nullable String website,
                          @Nullable Contact contact, Designations designations, boolean verified,
                          @Nullable String logoUrl, List<CertificationView> certifications,
                          SmeClassifier.SmeClass smeClass, Instant createdAt, Instant updatedAt) {

    @Serdeable
    public record Money(BigDecimal amount, String currency) {
    }

    /**
     * The contact details this reader may see, each detail's audience, and which details exist but are withheld
     * from this reader (see ContactDisclosure).
     */
    @Serdeable
    public record Contact(@Nullable String person, @Nullable String email, @Nullable String phone,
                          ContactVisibility visibility, List<String> withheld) {
    }

    CompanyView withContact(@Nullable Contact shown) {
        return new CompanyView(id, version, kind, names, headlines, descriptions, technologies, freeTerms, products,
                materials, equipment, country, region, industry, capital, employees, foundedYear, website, shown,
                designations, verified, logoUrl, certifications, smeClass, createdAt, updatedAt);
    }

    @Serdeable
    public record Designations(@Nullable Integer srdiProvincialYear, @Nullable Integer littleGiantYear) {
    }

    static CompanyView of(Company company, List<CertificationView> certifications, boolean hasLogo) {
        boolean hasContact = company.contactPerson() != null || company.contactEmail() != null
                || company.contactPhone() != null;
        return new CompanyView(company.id(), company.version(), company.kind().name(), company.names(),
                company.headlines(), company.descriptions(), List.of(company.technologies()),
                List.of(company.freeTerms()), List.of(company.products()), List.of(company.materials()),
                company.equipment() == null ? List.of() : company.equipment(), company.country(), company.region(),
                company.industry().name(),
                company.capitalAmount() == null ? null
                        : new Money(company.capitalAmount().stripTrailingZeros(), company.capitalCurrency()),
                company.employees(), company.foundedYear(), company.website(),
                hasContact ? new Contact(company.contactPerson(), company.contactEmail(), company.contactPhone(),
                        company.contactVisibility(), List.of()) : null,
                new Designations(company.srdiProvincialYear(), company.littleGiantYear()), company.verified(),
                hasLogo ? "/api/companies/" + company.id() + "/logo" : null,
                certifications,
                SmeClassifier.classify(company.country(), company.industry(), company.capitalAmount(),
                        company.capitalCurrency(), company.employees()),
                company.createdAt(), company.updatedAt());
    }
}
