package io.musubi.match;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.musubi.search.ListingDocument;
import io.musubi.search.SearchFailures;
import io.musubi.search.OpenRecords;
import io.musubi.search.TermQueries;
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
import java.util.Optional;
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
    /** How much the score of a company that has the listing's technology but no use for it keeps. */
    static final float RESOURCE_OWNER_KEEPS = 0.5f;
    /** How much each use beyond a company's best use of the resource adds. */
    static final double FURTHER_USES = 0.3;
    /** Weight of the best mention of a user's process in a company's texts (a BM25 score, often 5–15). */
    static final float MENTION = 0.1f;
    /** Weight of the listing's whole text matched against a company's (often 30–100 before weighting). */
    static final float LISTING_TEXT = 0.03f;
    private static final String MATERIALS = "materials";
    private static final String PRODUCTION_MODES = "contract-manufacturing-services";

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
     * of the listing's own technologies count more than those of its kind alone (except for rooms and space, where
     * the kind is the resource), a whole group of users less than a named process. A user code that the listing
     * names itself does not count as use: a 5-axis shop that cuts titanium competes for titanium work on idle
     * 5-axis hours. Users' labels in a company's texts, the listing's own technologies and its text count as well,
     * less.
     */
    void userClauses(BoolQuery.Builder fit, Subject listing, List<Uses.Use> relations, List<String> textFields) {
        List<Query> useClauses = new ArrayList<>();
        for (Uses.Use use : relations) {
            List<FieldValue> codes = userCodes(listing, use).stream().map(FieldValue::of).toList();
            if (codes.isEmpty()) {
                continue;
            }
            float weight = weight(listing, use);
            useClauses.add(Query.of(q -> q.constantScore(c -> c.filter(f -> f.terms(t -> t.field("technologies")
                    .terms(v -> v.value(codes)))).boost(weight))));
        }
        // the best use counts fully, further uses a little: a company with one clear use of the resource is not
        // outranked by one that touches many of its uses loosely, and nearness still tells them apart
        if (!useClauses.isEmpty()) {
            fit.should(q -> q.disMax(d -> d.queries(useClauses).tieBreaker(FURTHER_USES)));
        }
        // companies that write about a user's process without tagging it: the best such mention counts, a little
        List<Query> mentions = new ArrayList<>();
        relations.stream().filter(u -> weight(listing, u) >= 1.0f)
                .flatMap(u -> userCodes(listing, u).stream()).distinct().limit(30)
                .forEach(code -> taxonomy.term(code).ifPresent(term -> mentions.addAll(
                        TermQueries.labelPhrases(term, textFields, 1.0f))));
        if (!mentions.isEmpty()) {
            fit.should(q -> q.disMax(d -> d.queries(mentions).boost(MENTION)));
        }
        // a listing often names what it is for ("medical device manufacturing" on a steriliser): sharing it counts
        for (String code : listing.technologies()) {
            fit.should(q -> q.constantScore(c -> c.filter(f -> f.term(t -> t.field("technologies").value(code)))
                    .boost(1.0f)));
        }
        // the listing's whole text against a company's: a long query sums many terms, so it weighs little
        String text = listing.text().length() > 1000 ? listing.text().substring(0, 1000) : listing.text();
        if (!text.isBlank()) {
            fit.should(q -> q.multiMatch(m -> m.query(text).fields(textFields).type(TextQueryType.BestFields)
                    .tieBreaker(0.3).boost(LISTING_TEXT)));
        }
    }

    /** Rooms and space are what their kind says; a machine or a lab is better told by its technologies. */
    private static float weight(Subject listing, Uses.Use use) {
        boolean kindOnly = use.resource().startsWith("kind:");
        boolean kindIsTheResource = "CLEAN_ROOM".equals(listing.capacityKind()) || "SPACE".equals(listing.capacityKind());
        float base = kindOnly && !listing.technologies().isEmpty() && !kindIsTheResource ? 0.2f : 2.0f;
        return base * (use.user().startsWith("group:") ? 0.6f : 1.0f);
    }

    /**
     * The user codes of a relation, without materials the listing names itself: a shop that works titanium on its
     * own 5-axis machines is not a user of idle 5-axis hours for titanium.
     */
    private List<String> userCodes(Subject listing, Uses.Use use) {
        return uses.termCodes(use.user()).stream()
                .filter(code -> !(listing.technologies().contains(code) && inGroup(code, MATERIALS))).toList();
    }

    /**
     * The listing's technologies that make a company that has them an owner of the same resource: not materials
     * (many work them) nor modes of production (mass production, assembly), which say how a resource is used.
     */
    private List<String> ownedResources(Subject listing) {
        return listing.technologies().stream()
                .filter(code -> !inGroup(code, MATERIALS) && !inGroup(code, PRODUCTION_MODES)).toList();
    }

    private boolean inGroup(String code, String group) {
        return taxonomy.term(code).map(term -> group.equals(term.group())).orElse(false);
    }

    /**
     * Companies that have one of the listing's technologies but no use for it (none of its users' technologies
     * besides those the listing names): they own the resource and compete for its users.
     */
    Optional<Query> resourceOwnersWithoutUse(Subject listing, List<Uses.Use> relations) {
        List<FieldValue> owned = ownedResources(listing).stream().map(FieldValue::of).toList();
        if (owned.isEmpty()) {
            return Optional.empty();
        }
        List<FieldValue> users = relations.stream().flatMap(u -> userCodes(listing, u).stream()).distinct()
                .map(FieldValue::of).toList();
        return Optional.of(Query.of(q -> q.bool(b -> {
            b.filter(f -> f.terms(t -> t.field("technologies").terms(v -> v.value(owned))));
            if (!users.isEmpty()) {
                b.mustNot(n -> n.terms(t -> t.field("technologies").terms(v -> v.value(users))));
            }
            return b;
        })));
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
        List<Query> clauses = new ArrayList<>();
        for (String code : technologies) {
            clauses.add(Query.of(q -> q.constantScore(c -> c.filter(f -> f.term(t -> t.field("technologies")
                    .value(code))).boost(2.0f))));
        }
        for (String kind : kinds) {
            // rooms and space are their kind; a machine or lab of a used kind is a weak hint without the technology
            float weight = "CLEAN_ROOM".equals(kind) || "SPACE".equals(kind) ? 1.5f : 0.3f;
            clauses.add(Query.of(q -> q.constantScore(c -> c.filter(f -> f.term(t -> t.field("capacity_kind")
                    .value(kind))).boost(weight))));
        }
        if (!clauses.isEmpty()) {
            // listings only (a need asks for its resource, it does not offer it); the best use counts fully
            fit.should(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("kind").value("capacity")))
                    .must(m -> m.disMax(d -> d.queries(clauses).tieBreaker(FURTHER_USES)))));
        }
    }

    /**
     * For a company: listings that offer what it has itself (a technology that is not a material or a mode of
     * production) and none of the resources it would use. They are its competitors' spare capacity, not its own
     * opportunity.
     */
    Optional<Query> listingsOfOwnResources(Subject company, List<Uses.Use> relations) {
        List<FieldValue> owned = company.technologies().stream()
                .filter(code -> !inGroup(code, MATERIALS) && !inGroup(code, PRODUCTION_MODES))
                .map(FieldValue::of).toList();
        if (owned.isEmpty()) {
            return Optional.empty();
        }
        List<FieldValue> used = relations.stream().map(Uses.Use::resource).filter(r -> !r.startsWith("kind:"))
                .distinct().map(FieldValue::of).toList();
        return Optional.of(Query.of(q -> q.bool(b -> {
            b.filter(f -> f.term(t -> t.field("kind").value("capacity")));
            b.filter(f -> f.terms(t -> t.field("technologies").terms(v -> v.value(owned))));
            if (!used.isEmpty()) {
                b.mustNot(n -> n.terms(t -> t.field("technologies").terms(v -> v.value(used))));
            }
            return b;
        })));
    }

    /**
     * The companies that offer the listing's resource themselves (another open listing with one of its
     * technologies other than materials and modes of production, or of its kind when it names none) in a window
     * that overlaps the listing's.
     */
    @SuppressWarnings("rawtypes")
    Set<String> sameResourceOwners(Subject listing) {
        if (listing.availableFrom() == null || listing.availableTo() == null) {
            return Set.of();
        }
        BoolQuery.Builder same = new BoolQuery.Builder()
                .mustNot(q -> q.ids(i -> i.values(listing.ref().id().toString())))
                .mustNot(OpenRecords.notOpen())
                .filter(q -> q.range(r -> r.untyped(u -> u.field("available_from")
                        .lte(JsonData.of(listing.availableTo().toString())))))
                .filter(q -> q.range(r -> r.untyped(u -> u.field("available_to")
                        .gte(JsonData.of(listing.availableFrom().toString())))));
        List<FieldValue> owned = ownedResources(listing).stream().map(FieldValue::of).toList();
        if (owned.isEmpty()) {
            same.filter(q -> q.term(t -> t.field("capacity_kind").value(listing.capacityKind())));
        } else {
            same.filter(q -> q.terms(t -> t.field("technologies").terms(v -> v.value(owned))));
        }
        try {
            SearchResponse<ListingDocument> response = client.search(r -> r.index(indexes.alias("capacities"))
                    .ignoreUnavailable(true).query(q -> q.bool(same.build())).size(200)
                    .source(src -> src.filter(f -> f.includes("company_id"))), ListingDocument.class);
            Set<String> owners = new LinkedHashSet<>();
            for (Hit<ListingDocument> hit : response.hits().hits()) {
                if (hit.source() != null && hit.source().companyId() != null) {
                    owners.add(hit.source().companyId());
                }
            }
            return owners;
        } catch (ElasticsearchException | IOException e) {
            throw SearchFailures.unavailable(e);
        }
    }

    /** The relations that hold between the subject and this candidate: at most two, as reasons. */
    List<Reasons.Reason> reasons(List<Uses.Use> relations, ListingDocument candidate, Subject subject) {
        boolean candidateIsUser = subject.isListing();
        Collection<String> technologies = candidate.technologies();
        String kind = candidate.capacityKind();
        List<Reasons.Reason> reasons = new ArrayList<>();
        Set<String> said = new LinkedHashSet<>();
        for (Uses.Use use : relations) {
            boolean holds = candidateIsUser
                    ? userCodes(subject, use).stream().anyMatch(technologies::contains)
                    : technologies.contains(use.resource()) || use.resource().equals("kind:" + kind);
            if (holds && said.add(use.why().en()) && reasons.size() < 2) {
                reasons.add(new Reasons.Reason("use", use.why()));
            }
        }
        return reasons;
    }
}
