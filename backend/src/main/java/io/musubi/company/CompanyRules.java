package io.musubi.company;

import io.micronaut.http.HttpStatus;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The checks on a profile that bean validation cannot express. Pure: no framework, no database. */
final class CompanyRules {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private CompanyRules() {
    }

    static List<FieldError> problems(CompanyRequest request, Clock clock) {
        List<FieldError> problems = new ArrayList<>();
        if (request.names() == null || request.names().value().isEmpty()) {
            problems.add(new FieldError("names", "required", "needs a name in at least one of ja, zh, en"));
        }
        if (request.country() != null && !COUNTRIES.contains(request.country())) {
            problems.add(new FieldError("country", "unknown", "is not an ISO 3166-1 country code"));
        }
        if (request.industry() != null && Industry.fromCode(request.industry()).isEmpty()) {
            problems.add(new FieldError("industry", "unknown", "must be one of " + String.join(", ",
                    Industry.codes())));
        }
        if (request.capital() != null && request.capital().currency() != null && !knownCurrency(
                request.capital().currency())) {
            problems.add(new FieldError("capital.currency", "unknown", "is not an ISO 4217 currency code"));
        }
        if (request.foundedYear() != null && request.foundedYear() > Year.now(clock).getValue()) {
            problems.add(new FieldError("foundedYear", "future", "must not be in the future"));
        }
        return problems;
    }

    static void check(CompanyRequest request, Clock clock) {
        List<FieldError> problems = problems(request, clock);
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", problems);
        }
    }

    private static boolean knownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
