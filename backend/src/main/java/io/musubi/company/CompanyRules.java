package io.musubi.company;

import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The checks on a profile that bean validation cannot express. No framework, no database: the taxonomy and the
 * region list are plain data handed in.
 */
final class CompanyRules {

    private CompanyRules() {
    }

    static List<FieldError> problems(CompanyRequest request, Taxonomy taxonomy, Regions regions, Clock clock) {
        List<FieldError> problems = new ArrayList<>();
        if (request.names() == null || request.names().value().isEmpty()) {
            problems.add(new FieldError("names", "required", "needs a name in at least one of ja, zh, en"));
        }
        if (request.country() != null && !Regions.isCountry(request.country())) {
            problems.add(new FieldError("country", "unknown", "is not an ISO 3166-1 country code"));
        } else {
            regions.problem("region", request.country(), request.region()).ifPresent(problems::add);
        }
        if (request.industry() != null && Industry.fromCode(request.industry()).isEmpty()) {
            problems.add(new FieldError("industry", "unknown", "must be one of " + String.join(", ",
                    Industry.codes())));
        }
        problems.addAll(taxonomy.problems("technologies", request.technologies()));
        if (request.capital() != null && request.capital().currency() != null && !knownCurrency(
                request.capital().currency())) {
            problems.add(new FieldError("capital.currency", "unknown", "is not an ISO 4217 currency code"));
        }
        int thisYear = Year.now(clock).getValue();
        if (request.foundedYear() != null && request.foundedYear() > thisYear) {
            problems.add(new FieldError("foundedYear", "future", "must not be in the future"));
        }
        if (request.designations() != null) {
            if (request.designations().srdiProvincialYear() != null
                    && request.designations().srdiProvincialYear() > thisYear) {
                problems.add(new FieldError("designations.srdiProvincialYear", "future", "must not be in the future"));
            }
            if (request.designations().littleGiantYear() != null
                    && request.designations().littleGiantYear() > thisYear) {
                problems.add(new FieldError("designations.littleGiantYear", "future", "must not be in the future"));
            }
        }
        return problems;
    }

    static void check(CompanyRequest request, Taxonomy taxonomy, Regions regions, Clock clock) {
        throwIfAny(problems(request, taxonomy, regions, clock));
    }

    static void throwIfAny(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    static boolean knownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
