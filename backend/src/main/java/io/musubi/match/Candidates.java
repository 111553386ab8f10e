package io.musubi.match;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.core.annotation.Nullable;
import io.musubi.search.ListingDocument;
import io.musubi.search.SearchFailures;
import io.musubi.search.SearchFields;
import io.musubi.search.TermQueries;
import io.musubi.search.OpenRecords;
import io.musubi.search.SearchIndexes;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import io.musubi.taxonomy.Uses;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The Elasticsearch query behind recommendations, for each kind of subject: suppliers for a need (technologies,
 * text, certificates, region, SME class and designations), needs and listings for a company (the technologies a
 * need asks for, the resources the company would use), users for a listing (see {@link ResourceUse}); the subject's
 * own company, closed records and ended windows are left out, competitors are lowered.
 */
@Singleton
class Candidates {
    /** A company's open need for what a listing offers weighs as much as a relation. */
    private static final float STATED_NEED = 2.0f;
    /** Each of a company's technologies that a need asks for. */
    private static final float NEED_TECHNOLOGY = 2.0f;

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final ResourceUse resourceUse;

    Candidates(ElasticsearchClient client, SearchIndexes indexes, Taxonomy taxonomy, Regions regions,
               ResourceUse resourceUse) {
        this.client = client;
        this.indexes = indexes;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.resourceUse = resourceUse;
    }

    /**
     * A need needs suppliers; a company needs needs and listings; a listing needs users. {@code among}: when given,
     * only these companies are candidates (partners at an event). {@code relations}: the "used by" relations
     * between a listing and its users, or a company and the resources it would use. {@code statedUsers}: companies
     * whose open needs ask for what a listing offers.
     */
    List<Hit<ListingDocument>> find(Subject s, int size, @Nullable Collection<UUID> among, List<Uses.Use> relations,
                        Set<String> statedUsers) {
        List<String> targets = "company".equals(s.ref().type()) && among == null
                ? List.of(indexes.alias("needs"), indexes.alias("capacities"))
                : List.of(indexes.alias("companies"));
        BoolQuery.Builder fit = new BoolQuery.Builder().minimumShouldMatch("1");
        boolean opportunities = "company".equals(s.ref().type()) && among == null;
        if (s.isListing()) {
            resourceUse.userClauses(fit, s, relations, SearchFields.RECOMMENDATION);
        } else if (opportunities) {
            resourceUse.resourceClauses(fit, relations);
            needClauses(fit, s);
        }
        for (String code : s.isListing() || opportunities ? List.<String>of() : s.technologies()) {
            fit.should(TermQueries.tagged(code, 3.0f));
            taxonomy.term(code).ifPresent(term -> TermQueries.labelPhrases(term, SearchFields.RECOMMENDATION, 0.7f)
                    .forEach(fit::should));
        }
        String text = s.text().length() > 1000 ? s.text().substring(0, 1000) : s.text();
        if (!text.isBlank() && !s.isListing() && !opportunities) {
            fit.should(q -> q.multiMatch(m -> m.query(text).fields(SearchFields.RECOMMENDATION).type(TextQueryType.BestFields)
                    .tieBreaker(0.3).boost(0.5f)));
        }
        if (!statedUsers.isEmpty()) {
            fit.should(q -> q.constantScore(c -> c.filter(f -> f.ids(i -> i.values(List.copyOf(statedUsers))))
                    .boost(STATED_NEED)));
        }
        BoolQuery.Builder query = new BoolQuery.Builder().must(q -> q.bool(fit.build()));
        if (s.isListing()) {
            nearness(query, s);
        } else if (!s.regions().isEmpty()) {
            List<FieldValue> places = s.regions().stream().map(FieldValue::of).toList();
            query.should(q -> q.terms(t -> t.field("region").terms(v -> v.value(places)).boost(1.5f)));
            query.should(q -> q.terms(t -> t.field("country").terms(v -> v.value(places)).boost(0.8f)));
            query.should(q -> q.terms(t -> t.field("preferred_regions").terms(v -> v.value(places)).boost(1.5f)));
            List<FieldValue> near = regions.neighbours(s.region()).stream().map(FieldValue::of).toList();
            if (!near.isEmpty()) {
                query.should(q -> q.terms(t -> t.field("region").terms(v -> v.value(near)).boost(1.0f)));
            }
        }
        if ("need".equals(s.ref().type())) {
            query.filter(q -> q.term(t -> t.field("company_kind").value("SME")));
            for (String standard : s.certifications()) {
                if (s.certificationsRequired()) {
                    query.filter(q -> q.term(t -> t.field("certifications").value(standard)));
                } else {
                    query.should(q -> q.term(t -> t.field("certifications").value(standard).boost(1.5f)));
                }
            }
            query.should(q -> q.terms(t -> t.field("sme_class").terms(v -> v.value(List.of(FieldValue.of("SME"),
                    FieldValue.of("SMALL_ENTERPRISE")))).boost(0.3f)));
            query.should(q -> q.exists(e -> e.field("srdi_provincial_year").boost(0.5f)));
            query.should(q -> q.exists(e -> e.field("little_giant_year").boost(0.5f)));
        }
        if (s.isListing()) {
            query.should(q -> q.terms(t -> t.field("sme_class").terms(v -> v.value(List.of(FieldValue.of("SME"),
                    FieldValue.of("SMALL_ENTERPRISE")))).boost(0.3f)));
        }
        if ("company".equals(s.ref().type())) {
            for (String standard : s.certifications()) {
                query.should(q -> q.term(t -> t.field("certifications").value(standard).boost(1.0f)));
            }
        }
        query.should(q -> q.term(t -> t.field("verified").value(true).boost(0.3f)));
        if (among != null) {
            query.filter(q -> q.ids(i -> i.values(among.stream().map(UUID::toString).toList())));
        }
        query.mustNot(q -> q.term(t -> t.field("company_id").value(s.companyId().toString())));
        query.mustNot(OpenRecords.notOpen());
        // a company offering the same resource itself competes for the same users: lowered, not left out
        Query fitting = Query.of(q -> q.bool(query.build()));
        Query ranked = s.isListing() ? lowerCompetitors(s, fitting, relations)
                : "company".equals(s.ref().type()) && among == null ? lowerOwnResources(s, fitting, relations)
                : fitting;
        try {
            SearchResponse<ListingDocument> response = client.search(r -> r.index(targets).ignoreUnavailable(true)
                    .query(ranked).size(size), ListingDocument.class);
            return response.hits().hits();
        } catch (ElasticsearchException | IOException e) {
            throw SearchFailures.unavailable(e);
        }
    }

    /**
     * Companies that offer the listing's resource themselves compete for its users: lowered, not left out. Those
     * with their own open listing of it in an overlapping window keep a quarter of their score; those that have
     * the technology but none of its uses keep half.
     */
    private Query lowerCompetitors(Subject listing, Query fitting, List<Uses.Use> relations) {
        Query ranked = resourceUse.resourceOwnersWithoutUse(listing, relations)
                .map(owners -> Query.of(q -> q.boosting(b -> b.positive(fitting).negative(owners)
                        .negativeBoost((double) ResourceUse.RESOURCE_OWNER_KEEPS))))
                .orElse(fitting);
        Set<String> offering = resourceUse.sameResourceOwners(listing);
        if (offering.isEmpty()) {
            return ranked;
        }
        return Query.of(q -> q.boosting(b -> b.positive(ranked)
                .negative(n -> n.ids(i -> i.values(List.copyOf(offering))))
                .negativeBoost((double) ResourceUse.SAME_RESOURCE_KEEPS)));
    }

    /**
     * Needs a company could answer: each of its technologies a need asks for counts (a listing that shares them is
     * the same resource, see {@link ResourceUse#listingsOfOwnResources}), and the best mention of them in a need's
     * texts a little. The company's whole text does not make a need fit: matched against a need's text it finds
     * needs that share words, a region and a certificate but no work for the company, and they would outrank the
     * listings it would use.
     */
    private void needClauses(BoolQuery.Builder fit, Subject company) {
        Query isNeed = Query.of(q -> q.term(t -> t.field("kind").value("need")));
        for (String code : company.technologies()) {
            fit.should(q -> q.constantScore(c -> c.filter(f -> f.bool(b -> b.filter(isNeed)
                    .filter(t -> t.term(v -> v.field("technologies").value(code))))).boost(NEED_TECHNOLOGY)));
        }
        List<Query> mentions = new ArrayList<>();
        for (String code : company.technologies()) {
            taxonomy.term(code).ifPresent(term -> mentions.addAll(
                    TermQueries.labelPhrases(term, SearchFields.RECOMMENDATION, 1.0f)));
        }
        if (!mentions.isEmpty()) {
            fit.should(q -> q.bool(b -> b.filter(isNeed).must(m -> m.disMax(d -> d.queries(mentions)))
                    .boost(ResourceUse.MENTION)));
        }
    }

    /** A company's own kind of resource offered by another is a competitor's capacity: lowered, not left out. */
    private Query lowerOwnResources(Subject company, Query fitting, List<Uses.Use> relations) {
        return resourceUse.listingsOfOwnResources(company, relations)
                .map(own -> Query.of(q -> q.boosting(b -> b.positive(fitting).negative(own)
                        .negativeBoost((double) ResourceUse.RESOURCE_OWNER_KEEPS))))
                .orElse(fitting);
    }

    /**
     * Where a listing's users are: the same region first, then its neighbours, then the same country. Rooms, space
     * and labs are used on site, so nearness counts more for them than for machines and lines whose owner ships
     * the work.
     */
    private void nearness(BoolQuery.Builder query, Subject listing) {
        boolean onSite = List.of("CLEAN_ROOM", "SPACE", "TEST_LAB").contains(listing.capacityKind());
        if (listing.region() != null) {
            query.should(q -> q.term(t -> t.field("region").value(listing.region()).boost(onSite ? 1.6f : 1.2f)));
            List<FieldValue> near = regions.neighbours(listing.region()).stream().map(FieldValue::of).toList();
            if (!near.isEmpty()) {
                query.should(q -> q.terms(t -> t.field("region").terms(v -> v.value(near))
                        .boost(onSite ? 1.4f : 1.0f)));
            }
        }
        if (listing.country() != null) {
            query.should(q -> q.term(t -> t.field("country").value(listing.country()).boost(onSite ? 1.2f : 0.8f)));
        }
    }
}
