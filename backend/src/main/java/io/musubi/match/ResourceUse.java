package io.musubi.match;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.musubi.search.ListingSearch;
import io.musubi.search.SearchIndexes;
import io.musubi.taxonomy.Taxonomy;
import io.musubi.taxonomy.Uses;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matching a resource with the companies that would use it, through the "used by" relations of search-config
 * ({@code taxonomy/uses.json}): a listing's technologies and kind lead to the processes and products of its users;
 * a company's technologies lead back to the resources it would use. Companies that offer the same resource
 * themselves in an overlapping window are competitors for the same customers, not users: they are lowered.
 */
@Singleton
class ResourceUse {
    /** How much a same-resource owner's score keeps. */
    static final float SAME_RESOURCE_KEEPS = 0.25f;

    private final Uses uses;
    private final Taxonomy taxonomy;
    private final ElasticsearchClient client;
    private final SearchIndexes indexes;

    ResourceUse(Uses uses, Taxonomy taxonomy, ElasticsearchClient client, SearchIndexes indexes) {
        this.uses = uses;
        this.taxonomy = taxonomy;
        this.client = client;
        this.indexes = indexes;
    }

    /** The codes a listing offers: its technologies and its kind ("kind:CLEAN_ROOM"). */
    static List<String> resources(Subject listing) {
        List<String> codes = new ArrayList<>(listing.technologies());
        if (listing.capacityKind() != null) {
            codes.add("kind:" + listing.capacityKind());
        }
        return codes;
    }

    /** The relations that lead from a listing to its likely users. */
    List<Uses.Use> usersOf(Subject listing) {
        return uses.usersOf(resources(listing));
    }

    /** The relations that lead from a company's technologies to resources it would use. */
    List<Uses.Use> resourcesFor(Subject company) {
        return uses.resourcesFor(company.technologies());
    }

    /** The taxonomy codes of the users a listing's relations name. */
    Set<String> userCodes(List<Uses.Use> relations) {
        Set<String> codes = new LinkedHashSet<>();
        relations.forEach(u -> codes.addAll(uses.termCodes(u.user())));
        return codes;
    }

    /**
     * Who would use the listing. Each relation counts once for a company that has one of its users' technologies
     * (so a company that matches many users of one relation is no better than one that matches it once); relations
     * of the listing's own technologies count more than those of its kind alone, a whole group of users less than a
     * named process. Users' labels in a company's texts, the listing's own technologies and its text count as well,
     * less.
     */
    void userClauses(BoolQuery.Builder fit, Subject listing, List<Uses.Use> relations, List<String> textFields) {
        for (Uses.Use use : relations) {
            List<FieldValue> codes = uses.termCodes(use.user()).stream().map(FieldValue::of).toList();
            float weight = (use.resource().startsWith("kind:") && !listing.technologies().isEmpty() ? 0.2f : 2.0f)
                    * (use.user().startsWith("group:") ? 0.6f : 1.0f);
            fit.should(q -> q.constantScore(c -> c.filter(f -> f.terms(t -> t.field("technologies")
                    .terms(v -> v.value(codes)))).boost(weight)));
        }
        // companies that write about a user's process without tagging it
        relations.stream().filter(u -> !u.resource().startsWith("kind:") || listing.technologies().isEmpty())
                .flatMap(u -> uses.termCodes(u.user()).stream()).distinct().limit(30)
                .forEach(code -> taxonomy.term(code).ifPresent(term -> java.util.stream.Stream.of(term.labels().ja(),
                                term.labels().zh(), term.labels().en()).filter(l -> l != null)
                        .forEach(label -> fit.should(q -> q.multiMatch(m -> m.query(label).fields(textFields)
                                .type(TextQueryType.Phrase).boost(0.3f))))));
        // a listing often names what it is for ("medical device manufacturing" on a steriliser): sharing it counts
        for (String code : listing.technologies()) {
            fit.should(q -> q.constantScore(c -> c.filter(f -> f.term(t -> t.field("technologies").value(code)))
                    .boost(1.0f)));
        }
        String text = listing.text().length() > 1000 ? listing.text().substring(0, 1000) : listing.text();
        if (!text.isBlank()) {
            fit.should(q -> q.multiMatch(m -> m.query(text).fields(textFields).type(TextQueryType.BestFields)
                    .tieBreaker(0.3).boost(0.3f)));
        }
    }

    /** Listings of the resources a company would use rank up (the other direction of {@link #userClauses}). */
    void resourceClauses(BoolQuery.Builder fit, List<Uses.Use> relations) {
        Set<String> technologies = new LinkedHashSet<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (Uses.Use use : relations) {
            if (use.resource().startsWith("kind:")) {
                kinds.add(use.resource().substring("kind:".length()));
            } else {
                technologies.add(use.resource());
            }
        }
        for (String code : technologies) {
            fit.should(q -> q.term(t -> t.field("technologies").value(code).boost(2.0f)));
        }
        if (!kinds.isEmpty()) {
            fit.should(q -> q.terms(t -> t.field("capacity_kind").terms(v -> v.value(kinds.stream()
                    .map(FieldValue::of).toList())).boost(1.5f)));
        }
    }

    /**
     * The companies that offer the listing's resource themselves (another open listing with one of its
     * technologies, or of its kind when it names none) in a window that overlaps the listing's.
     */
    @SuppressWarnings("rawtypes")
    Set<String> sameResourceOwners(Subject listing) {
        if (listing.availableFrom() == null || listing.availableTo() == null) {
            return Set.of();
        }
        BoolQuery.Builder same = new BoolQuery.Builder()
                .mustNot(q -> q.ids(i -> i.values(listing.ref().id().toString())))
                .mustNot(q -> q.term(t -> t.field("status").value("CLOSED")))
                .filter(q -> q.range(r -> r.untyped(u -> u.field("available_from")
                        .lte(JsonData.of(listing.availableTo().toString())))))
                .filter(q -> q.range(r -> r.untyped(u -> u.field("available_to")
                        .gte(JsonData.of(listing.availableFrom().toString())))));
        if (listing.technologies().isEmpty()) {
            same.filter(q -> q.term(t -> t.field("capacity_kind").value(listing.capacityKind())));
        } else {
            same.filter(q -> q.terms(t -> t.field("technologies").terms(v -> v.value(listing.technologies()
                    .stream().map(FieldValue::of).toList()))));
        }
        try {
            SearchResponse<Map> response = client.search(r -> r.index(indexes.alias("capacities"))
                    .ignoreUnavailable(true).query(q -> q.bool(same.build())).size(200)
                    .source(src -> src.filter(f -> f.includes("company_id"))), Map.class);
            Set<String> owners = new LinkedHashSet<>();
            for (Hit<Map> hit : response.hits().hits()) {
                Object company = hit.source() == null ? null : hit.source().get("company_id");
                if (company != null) {
                    owners.add(company.toString());
                }
            }
            return owners;
        } catch (ElasticsearchException | IOException e) {
            throw ListingSearch.unavailable(e);
        }
    }

    /** The relations that hold between the subject and this candidate: at most two, as reasons. */
    @SuppressWarnings("unchecked")
    List<Reasons.Reason> reasons(List<Uses.Use> relations, Map<String, Object> candidate, boolean candidateIsUser) {
        Collection<String> technologies = (Collection<String>) candidate.getOrDefault("technologies", List.of());
        Object kind = candidate.get("capacity_kind");
        List<Reasons.Reason> reasons = new ArrayList<>();
        Set<String> said = new LinkedHashSet<>();
        for (Uses.Use use : relations) {
            boolean holds = candidateIsUser
                    ? uses.termCodes(use.user()).stream().anyMatch(technologies::contains)
                    : technologies.contains(use.resource()) || use.resource().equals("kind:" + kind);
            if (holds && said.add(use.why().en()) && reasons.size() < 2) {
                reasons.add(new Reasons.Reason("use", use.why()));
            }
        }
        return reasons;
    }
}
