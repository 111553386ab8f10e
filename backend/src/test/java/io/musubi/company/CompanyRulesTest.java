package io.musubi.company;

import static org.assertj.core.api.Assertions.assertThat;

import io.musubi.platform.error.ApiError.FieldError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyRulesTest {
    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    private static final Taxonomy TAXONOMY = new Taxonomy();
    private static final Regions REGIONS = new Regions();

    private static CompanyRequest request(CompanyRequest.Names names, String country, String industry,
                                          String currency, Integer foundedYear) {
        return request(names, country, null, List.of(), industry, currency, foundedYear, null);
    }

    private static CompanyRequest request(CompanyRequest.Names names, String country, String region,
                                          List<String> technologies, String industry, String currency,
                                          Integer foundedYear, CompanyRequest.Designations designations) {
        return new CompanyRequest(null, null, names, null, null, technologies, null, null, null, null, country, region,
                industry, currency == null ? null : new CompanyRequest.Money(BigDecimal.TEN, currency), null,
                foundedYear, null, null, designations);
    }

    private static List<String> fields(CompanyRequest request) {
        return CompanyRules.problems(request, TAXONOMY, REGIONS, NOVEMBER_2026).stream().map(FieldError::field)
                .toList();
    }

    @Test
    void acceptsAProfileWithOneNameInAnyLanguage() {
        assertThat(fields(request(new CompanyRequest.Names(null, "苏州精工", null), "CN", "MANUFACTURING", "CNY",
                2006))).isEmpty();
    }

    @Test
    void requiresANameInAtLeastOneLanguage() {
        assertThat(fields(request(new CompanyRequest.Names(" ", null, "\t"), "JP", "MANUFACTURING", null, null)))
                .containsExactly("names");
    }

    @Test
    void rejectsUnknownIndustryCountryAndCurrencyTogether() {
        assertThat(fields(request(new CompanyRequest.Names("a", null, null), "ZZ", "ALCHEMY", "XYZ", null)))
                .containsExactlyInAnyOrder("country", "industry", "capital.currency");
    }

    @Test
    void acceptsThisYearButNotNextYearAsFoundingYear() {
        CompanyRequest.Names names = new CompanyRequest.Names("a", null, null);
        assertThat(fields(request(names, "JP", "RETAIL", null, 2026))).isEmpty();
        assertThat(fields(request(names, "JP", "RETAIL", null, 2027))).containsExactly("foundedYear");
    }

    @Test
    void technologiesMustBeTaxonomyCodesListedOnce() {
        CompanyRequest.Names names = new CompanyRequest.Names("a", null, null);
        assertThat(fields(request(names, "JP", null, List.of("cutting", "five-axis-machining"), "MANUFACTURING",
                null, null, null))).isEmpty();
        assertThat(fields(request(names, "JP", null, List.of("cutting", "切削加工", "cutting"), "MANUFACTURING",
                null, null, null))).containsExactly("technologies[1]", "technologies[2]");
    }

    @Test
    void regionsOfJapanAndChinaMustBeTheirCodesElsewhereFreeText() {
        CompanyRequest.Names names = new CompanyRequest.Names("a", null, null);
        assertThat(fields(request(names, "JP", "JP-27", List.of(), "RETAIL", null, null, null))).isEmpty();
        assertThat(fields(request(names, "JP", "CN-GD", List.of(), "RETAIL", null, null, null)))
                .containsExactly("region");
        assertThat(fields(request(names, "CN", "广东", List.of(), "RETAIL", null, null, null)))
                .containsExactly("region");
        assertThat(fields(request(names, "DE", "Bavaria", List.of(), "RETAIL", null, null, null))).isEmpty();
    }

    @Test
    void designationYearsMayNotLieInTheFuture() {
        CompanyRequest.Names names = new CompanyRequest.Names("a", null, null);
        assertThat(fields(request(names, "CN", null, List.of(), "MANUFACTURING", null, null,
                new CompanyRequest.Designations(2021, 2027)))).containsExactly("designations.littleGiantYear");
    }
}
