package io.musubi.opportunity;

import io.musubi.company.CertificationStandard;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a need or a capacity listing must satisfy beyond its bean-validation annotations: a title, known technologies,
 * regions and standards, and dates that make sense today. A request with problems is refused with all of them at once
 * (400 naming each field).
 */
@Singleton
class OpportunityChecks {
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Clock clock;

    OpportunityChecks(Taxonomy taxonomy, Regions regions, Clock clock) {
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.clock = clock;
    }

    void need(NeedRequest request, LocalDate previousDeadline) {
        List<FieldError> problems = common(request.titles(), request.technologies());
        List<String> certifications = request.certifications() == null ? List.of() : request.certifications();
        for (int i = 0; i < certifications.size(); i++) {
            String code = certifications.get(i);
            if (code != null && CertificationStandard.fromCode(code).isEmpty()) {
                problems.add(new FieldError("certifications[" + i + "]", "unknown",
                        "is not a certification standard (see /api/certification-standards)"));
            }
        }
        List<String> preferred = request.preferredRegions() == null ? List.of() : request.preferredRegions();
        for (int i = 0; i < preferred.size(); i++) {
            String region = preferred.get(i);
            if (region != null && regions.region(region).isEmpty() && !Regions.isCountry(region)) {
                problems.add(new FieldError("preferredRegions[" + i + "]", "unknown",
                        "must be a region code such as JP-27 or a country code such as JP"));
            }
        }
        problems.addAll(OpportunityRules.deadline(request.deadline(), previousDeadline, LocalDate.now(clock)));
        refuseIfAny(problems);
    }

    void capacity(CapacityRequest request) {
        List<FieldError> problems = common(request.titles(), request.technologies());
        if (request.country() != null && !Regions.isCountry(request.country())) {
            problems.add(new FieldError("country", "unknown", "is not an ISO 3166-1 country code"));
        } else {
            regions.problem("region", request.country(), request.region()).ifPresent(problems::add);
        }
        problems.addAll(OpportunityRules.window(request.availableFrom(), request.availableTo(),
                LocalDate.now(clock)));
        refuseIfAny(problems);
    }

    /** The moment a change is stored, to the precision PostgreSQL keeps. */
    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private List<FieldError> common(Texts.Titles titles, List<String> technologies) {
        List<FieldError> problems = new ArrayList<>();
        if (titles == null || titles.value().isEmpty()) {
            problems.add(new FieldError("titles", "required", "needs a title in at least one of ja, zh, en"));
        }
        problems.addAll(taxonomy.problems("technologies", technologies));
        return problems;
    }

    private static void refuseIfAny(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }
}
