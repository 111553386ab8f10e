package io.musubi.company;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.musubi.platform.i18n.Localized;
import io.musubi.search.SearchDocument;
import io.musubi.search.SearchDocumentSource;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Company rows as documents of the "companies" index (mapping: search-config index-templates/companies.json). */
@Singleton
class CompanySearchDocuments implements SearchDocumentSource {
    private final CompanyRepository repository;

    CompanySearchDocuments(CompanyRepository repository) {
        this.repository = repository;
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
        Map<UUID, SearchDocument> documents = new LinkedHashMap<>();
        for (Company company : repository.findByIdIn(ids)) {
            documents.put(company.id(), document(company));
        }
        return documents;
    }

    @Override
    public void forEach(int batchSize, Consumer<List<SearchDocument>> batch) {
        Pageable firstPage = Pageable.from(0, batchSize, Sort.of(Sort.Order.asc("id")));
        List<Company> page = repository.findAll(firstPage);
        while (!page.isEmpty()) {
            batch.accept(page.stream().map(CompanySearchDocuments::document).toList());
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

    static SearchDocument document(Company company) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", company.id().toString());
        body.put("version", company.version());
        body.put("name", texts(company.names()));
        body.put("description", texts(company.descriptions()));
        body.put("technologies", List.of(company.technologies()));
        Set<String> suggest = new LinkedHashSet<>();
        for (String name : new String[] {company.nameJa(), company.nameZh(), company.nameEn()}) {
            if (name != null) {
                suggest.add(name);
            }
        }
        suggest.addAll(List.of(company.technologies()));
        body.put("suggest", new ArrayList<>(suggest));
        body.put("country", company.country());
        putIfPresent(body, "region", company.region());
        body.put("industry", company.industry().name());
        if (company.capitalAmount() != null) {
            body.put("capital_amount", company.capitalAmount().doubleValue());
            body.put("capital_currency", company.capitalCurrency());
        }
        putIfPresent(body, "employees", company.employees());
        putIfPresent(body, "founded_year", company.foundedYear());
        putIfPresent(body, "website", company.website());
        body.put("created_at", company.createdAt().toString());
        body.put("updated_at", company.updatedAt().toString());
        return new SearchDocument(company.id(), company.version(), body);
    }

    private static Map<String, String> texts(Localized localized) {
        Map<String, String> texts = new LinkedHashMap<>();
        putIfPresent(texts, "ja", localized.ja());
        putIfPresent(texts, "zh", localized.zh());
        putIfPresent(texts, "en", localized.en());
        return texts;
    }

    private static <V> void putIfPresent(Map<String, ? super V> map, String key, V value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
