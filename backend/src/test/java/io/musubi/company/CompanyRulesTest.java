package io.musubi.company;

import static org.assertj.core.api.Assertions.assertThat;

import io.musubi.platform.error.ApiError.FieldError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyRulesTest {
    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    private static CompanyRequest request(CompanyRequest.Names names, String country, String industry,
                                          String currency, Integer foundedYear) {
        return new CompanyRequest(null, names, null, List.of(), country, null, industry,
                currency == null ? null : new CompanyRequest.Money(BigDecimal.TEN, currency), null, foundedYear,
                null);
    }

    private static List<String> fields(CompanyRequest request) {
        return CompanyRules.problems(request, NOVEMBER_2026).stream().map(FieldError::field).toList();
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
}
