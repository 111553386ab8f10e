package io.musubi.company;

import io.musubi.platform.error.ApiException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored profile as the API shows it: the row, its certificates as of today, whether it has a logo. */
@Singleton
class CompanyViews {
    private final CompanyRepository repository;
    private final CertificationRepository certifications;
    private final CompanyLogoRepository logos;
    private final Clock clock;

    CompanyViews(CompanyRepository repository, CertificationRepository certifications, CompanyLogoRepository logos,
                 Clock clock) {
        this.repository = repository;
        this.certifications = certifications;
        this.logos = logos;
        this.clock = clock;
    }

    CompanyView of(Company company) {
        List<CertificationView> certs = certifications.findByCompanyIdOrderByCreatedAt(company.id()).stream()
                .map(c -> CertificationView.of(c, LocalDate.now(clock))).toList();
        return CompanyView.of(company, certs, logos.existsById(company.id()));
    }

    CompanyView of(UUID companyId) {
        return of(repository.findById(companyId).orElseThrow(() -> ApiException.notFound("Company " + companyId)));
    }

    /** 404 unless the company exists. */
    void requireExists(UUID companyId) {
        if (!repository.existsById(companyId)) {
            throw ApiException.notFound("Company " + companyId);
        }
    }
}
