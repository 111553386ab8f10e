package io.musubi.opportunity;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.musubi.company.CompanyService;
import io.musubi.search.ListingFields;
import io.musubi.search.SearchDocument;
import io.musubi.search.SearchDocumentSource;
import io.musubi.taxonomy.Taxonomy;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Needs and capacity listings as documents of the "needs" and "capacities" indices (search-config
 * index-templates/needs.json, capacities.json). An anonymous need's document carries no company fields at all.
 */
final class OpportunitySearchDocuments {
    private OpportunitySearchDocuments() {
    }

    /**
     * The table-reading half shared by both indices: batches by id for rebuilds, changes since a moment, and the
     * owners' summaries and taxonomy labels a document carries.
     */
    abstract static class Rows<E> implements SearchDocumentSource {
        private final ListingRows<E> repository;
        private final String aggregateType;
        private final String index;
        private final Function<E, UUID> id;
        private final CompanyService companies;
        final Taxonomy taxonomy;

        Rows(ListingRows<E> repository, String aggregateType, String index, Function<E, UUID> id,
             CompanyService companies, Taxonomy taxonomy) {
            this.repository = repository;
            this.aggregateType = aggregateType;
            this.index = index;
            this.id = id;
            this.companies = companies;
            this.taxonomy = taxonomy;
        }

        abstract List<SearchDocument> documents(List<E> rows);

        /** The owning companies of the rows, by id (anonymous or ownerless rows simply have none). */
        Map<UUID, CompanyService.Summary> owners(List<E> rows, Function<E, UUID> companyId) {
            return companies.summaries(rows.stream().map(companyId).filter(Objects::nonNull).distinct().toList());
        }

        @Override
        public String aggregateType() {
            return aggregateType;
        }

        @Override
        public String index() {
            return index;
        }

        @Override
        public Map<UUID, SearchDocument> load(Collection<UUID> ids) {
            return byId(documents(repository.findByIdIn(ids)));
        }

        @Override
        public void forEach(int batchSize, Consumer<List<SearchDocument>> batch) {
            Pageable first = Pageable.from(0, batchSize, Sort.of(Sort.Order.asc("id")));
            pages(repository.findAll(first), last -> repository.findByIdGreaterThan(last, first), id, batchSize,
                    page -> batch.accept(documents(page)));
        }

        @Override
        public List<UUID> changedSince(Instant since) {
            return repository.findIdByUpdatedAtGreaterThanEquals(since);
        }
    }

    @Singleton
    static class Needs extends Rows<Need> {
        Needs(NeedRepository repository, CompanyService companies, Taxonomy taxonomy) {
            super(repository, NeedService.AGGREGATE, "needs", Need::id, companies, taxonomy);
        }

        @Override
        List<SearchDocument> documents(List<Need> needs) {
            Map<UUID, CompanyService.Summary> owners = owners(needs, Need::companyId);
            return needs.stream().map(need -> {
                ListingFields fields = new ListingFields("need", need.id(), need.version())
                        .name(need.titles())
                        .text("description", need.descriptions())
                        .technologies(List.of(need.technologies()), taxonomy)
                        .keywords(List.of(need.freeTerms()))
                        .put("certifications", List.of(need.certifications()))
                        .put("certifications_required", need.certificationsRequired())
                        .put("quantity", need.quantity())
                        .put("deadline", need.deadline() == null ? null : need.deadline().toString())
                        .put("preferred_regions", List.of(need.preferredRegions()))
                        .put("status", need.status().name())
                        .put("anonymous", need.anonymous())
                        .put("created_at", need.createdAt().toString())
                        .put("updated_at", need.updatedAt().toString());
                CompanyService.Summary owner = owners.get(need.companyId());
                if (!need.anonymous() && owner != null) {
                    fields.company(owner.id(), owner.names()).put("country", owner.country())
                            .put("region", owner.region());
                }
                return new SearchDocument(need.id(), need.version(), fields.build());
            }).toList();
        }
    }

    @Singleton
    static class Capacities extends Rows<Capacity> {
        Capacities(CapacityRepository repository, CompanyService companies, Taxonomy taxonomy) {
            super(repository, CapacityService.AGGREGATE, "capacities", Capacity::id, companies, taxonomy);
        }

        @Override
        List<SearchDocument> documents(List<Capacity> listings) {
            Map<UUID, CompanyService.Summary> owners = owners(listings, Capacity::companyId);
            return listings.stream().map(c -> {
                ListingFields fields = new ListingFields("capacity", c.id(), c.version())
                        .name(c.titles())
                        .text("description", c.specifications())
                        .technologies(List.of(c.technologies()), taxonomy)
                        .keywords(List.of())
                        .put("country", c.country())
                        .put("region", c.region())
                        .put("capacity_kind", c.kind().name())
                        .put("available_from", c.availableFrom().toString())
                        .put("available_to", c.availableTo().toString())
                        .put("amount_per_month", c.amountPerMonth() == null ? null : c.amountPerMonth().doubleValue())
                        .put("unit", c.unit() == null ? null : c.unit().name())
                        .put("conditions", c.terms())
                        .put("status", c.status().name())
                        .put("created_at", c.createdAt().toString())
                        .put("updated_at", c.updatedAt().toString());
                CompanyService.Summary owner = owners.get(c.companyId());
                if (owner != null) {
                    fields.company(owner.id(), owner.names());
                }
                return new SearchDocument(c.id(), c.version(), fields.build());
            }).toList();
        }
    }

    static Map<UUID, SearchDocument> byId(List<SearchDocument> documents) {
        Map<UUID, SearchDocument> map = new LinkedHashMap<>();
        documents.forEach(d -> map.put(d.id(), d));
        return map;
    }

    /** Keyset paging by id over a whole table. */
    static <T> void pages(List<T> first, Function<UUID, List<T>> after, Function<T, UUID> id, int size,
                          Consumer<List<T>> consumer) {
        List<T> page = first;
        while (!page.isEmpty()) {
            consumer.accept(page);
            if (page.size() < size) {
                return;
            }
            page = after.apply(id.apply(page.get(page.size() - 1)));
        }
    }
}
