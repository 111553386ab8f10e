package io.musubi.company;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.musubi.search.ListingFields;
import io.musubi.search.SearchDocument;
import io.musubi.search.SearchDocumentSource;
import io.musubi.taxonomy.Taxonomy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Company rows as documents of the "companies" index (mapping: search-config index-templates/companies.json). */
@Singleton
class CompanySearchDocuments implements SearchDocumentSource {
    private final Clock clock;
    private final CompanyRepository repository;
    private final CertificationRepository certifications;
    private final Taxonomy taxonomy;

    CompanySearchDocuments(CompanyRepository repository, CertificationRepository certifications, Taxonomy taxonomy, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.certifications = certifications;
        this.taxonomy = taxonomy;
    }

    @Override
    public String aggregateType() {
        return CompanyService.AGGREGATE;
    }

    @Override
    public String index() {
        return "companies";
    }

    @Override
    public Map<UUID, SearchDocument> load(Collection<UUID> ids) {
        return documents(repository.findByIdIn(ids)).stream()
                .collect(Collectors.toMap(SearchDocument::id, d -> d, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public void forEach(int batchSize, Consumer<List<SearchDocument>> batch) {
        Pageable firstPage = Pageable.from(0, batchSize, Sort.of(Sort.Order.asc("id")));
        List<Company> page = repository.findAll(firstPage);
        while (!page.isEmpty()) {
            batch.accept(documents(page));
            if (page.size() < batchSize) {
                return;
            }
            page = repository.findByIdGreaterThan(page.get(page.size() - 1).id(), firstPage);
        }
    }

    @Override
    public List<UUID> changedSince(Instant since) {
        return repository.findIdByUpdatedAtGreaterThanEquals(since);
    }

    private List<SearchDocument> documents(List<Company> companies) {
        if (companies.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = companies.stream().map(Company::id).toList();
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<String>> validCertificates = new LinkedHashMap<>();
        for (Certification c : certifications.findByCompanyIdIn(ids)) {
            if (c.countsOn(today)) {
                validCertificates.computeIfAbsent(c.companyId(), k -> new ArrayList<>()).add(c.standard().name());
            }
        }
        Set<UUID> withLogo = new HashSet<>(repository.idsWithLogo(ids));
        return companies.stream().map(c -> document(c, validCertificates.getOrDefault(c.id(), List.of()),
                withLogo.contains(c.id()), taxonomy)).toList();
    }

    static SearchDocument document(Company company, List<String> certificates, boolean logo, Taxonomy taxonomy) {
        List<String> keywords = new ArrayList<>(List.of(company.freeTerms()));
        keywords.addAll(List.of(company.products()));
        keywords.addAll(List.of(company.materials()));
        if (company.equipment() != null) {
            company.equipment().forEach(e -> keywords.add(e.type()));
        }
        Map<String, Object> body = new ListingFields("company", company.id(), company.version())
                .name(company.names())
                .text("headline", company.headlines())
                .text("description", company.descriptions())
                .technologies(List.of(company.technologies()), taxonomy)
                .keywords(keywords)
                .company(company.id(), company.names())
                .put("country", company.country())
                .put("region", company.region())
                .put("industry", company.industry().name())
                .put("certifications", certificates.stream().distinct().toList())
                .put("company_kind", company.kind().name())
                .put("capital_amount", company.capitalAmount() == null ? null : company.capitalAmount().doubleValue())
                .put("capital_currency", company.capitalCurrency())
                .put("employees", company.employees())
                .put("founded_year", company.foundedYear())
                .put("website", company.website())
                .put("verified", company.verified())
                .put("srdi_provincial_year", company.srdiProvincialYear())
                .put("little_giant_year", company.littleGiantYear())
                .put("sme_class", SmeClassifier.classify(company.country(), company.industry(),
                        company.capitalAmount(), company.capitalCurrency(), company.employees()).code().name())
                .put("logo", logo)
                .put("created_at", company.createdAt().toString())
                .put("updated_at", company.updatedAt().toString())
                .build();
        return new SearchDocument(company.id(), company.version(), body);
    }
}
