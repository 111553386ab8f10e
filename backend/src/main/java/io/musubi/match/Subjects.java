package io.musubi.match;

import io.musubi.company.CertificationView;
import io.musubi.company.CompanyService;
import io.musubi.company.CompanyView;
import io.musubi.opportunity.Capacity;
import io.musubi.opportunity.CapacityService;
import io.musubi.opportunity.Need;
import io.musubi.opportunity.NeedService;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Stream;

/** What a recommendation is for, read from its record: a need, a capacity listing or a company. */
@Singleton
class Subjects {
    private final CompanyService companies;
    private final NeedService needs;
    private final CapacityService capacities;

    Subjects(CompanyService companies, NeedService needs, CapacityService capacities) {
        this.companies = companies;
        this.needs = needs;
        this.capacities = capacities;
    }

    Subject of(Ref ref) {
        return switch (ref.type()) {
            case "need" -> {
                Need need = needs.row(ref.id()).orElseThrow(() -> ApiException.notFound("Need " + ref.id()));
                List<String> preferred = List.of(need.preferredRegions());
                yield new Subject(ref, need.companyId(), text(need.titles(), need.descriptions()),
                        List.of(need.technologies()), List.of(need.certifications()), need.certificationsRequired(),
                        preferred, null, null);
            }
            case "capacity" -> {
                Capacity c = capacities.row(ref.id()).orElseThrow(() -> ApiException.notFound("Capacity " + ref.id()));
                yield new Subject(ref, c.companyId(), text(c.titles(), c.specifications()),
                        List.of(c.technologies()), List.of(), false,
                        Stream.of(c.region(), c.country()).filter(v -> v != null).toList(), c.country(), c.region(),
                        c.kind().name(), c.availableFrom(), c.availableTo());
            }
            default -> {
                CompanyView c = companies.find(ref.id()).orElseThrow(() -> ApiException.notFound("Company "
                        + ref.id()));
                List<String> held = c.certifications().stream()
                        .filter(CertificationView::counts)
                        .map(CertificationView::standard).toList();
                yield new Subject(ref, c.id(), text(c.headlines(), c.descriptions()) + " " + String.join(" ",
                        c.freeTerms()), c.technologies(), held, false,
                        Stream.of(c.region(), c.country()).filter(v -> v != null).toList(), c.country(), c.region());
            }
        };
    }


    static String text(Localized a, Localized b) {
        return Stream.of(a.ja(), a.zh(), a.en(), b.ja(), b.zh(), b.en()).filter(v -> v != null)
                .reduce((x, y) -> x + " " + y).orElse("");
    }
}
