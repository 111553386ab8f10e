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
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.company.CertificationView;
import io.musubi.company.CompanyKind;
import io.musubi.company.CompanyService;
import io.musubi.company.CompanyView;
import io.musubi.opportunity.Capacity;
import io.musubi.opportunity.CapacityService;
import io.musubi.opportunity.Need;
import io.musubi.opportunity.NeedService;
import io.musubi.opportunity.Status;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import io.musubi.search.ListingSearch;
import io.musubi.search.SearchIndexes;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import io.musubi.taxonomy.Uses;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Ranked recommendations: suppliers for a need, needs and listings for a company, users for a listing. One
 * Elasticsearch query scores text relevance, taxonomy overlap, certificates (a filter when a need requires them),
 * region preference, SME class, designations and verification. A match both sides said they want ranks above every
 * one-sided match, and interest from the other side alone lifts a score by a fifth; each result carries its reasons
 * in ja, zh and en.
 */
@Singleton
public class MatchService {
    private final Clock clock;
    public static final int MAX_SIZE = 50;
    private static final List<String> TEXT_FIELDS = List.of("name.ja^2", "name.zh^2", "name.en^2",
            "headline.ja^1.5", "headline.zh^1.5", "headline.en^1.5", "description.ja", "description.zh",
            "description.en", "technology_labels.ja", "technology_labels.zh", "technology_labels.en", "keywords",
            "keywords.ja", "keywords.zh", "keywords.en");
    static final double ONE_SIDED = 1.2;
    /** A company's open need for what a listing offers weighs as much as a relation. */
    private static final float STATED_NEED = 2.0f;
    /** Each of a company's technologies that a need asks for. */
    private static final float NEED_TECHNOLOGY = 2.0f;

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final CompanyService companies;
    private final NeedService needs;
    private final CapacityService capacities;
    private final FeedbackStore feedback;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final ResourceUse resourceUse;

    MatchService(ElasticsearchClient client, SearchIndexes indexes, CompanyService companies, NeedService needs,
                 CapacityService capacities, FeedbackStore feedback, Taxonomy taxonomy, Regions regions,
                 ResourceUse resourceUse, Clock clock) {
        this.clock = clock;
        this.client = client;
        this.indexes = indexes;
        this.companies = companies;
        this.needs = needs;
        this.capacities = capacities;
        this.feedback = feedback;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.resourceUse = resourceUse;
    }

    @Serdeable
    public record Recommendation(String kind, String id, @Nullable Localized names, @Nullable String companyId,
                                 @Nullable Localized companyNames, double score, boolean mutual,
                                 List<Reasons.Reason> reasons, @Nullable String feedback) {
    }

    @Serdeable
    public record Recommendations(String forRef, List<Recommendation> items) {
    }

    public Recommendations recommend(Actor reader, String forText, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.invalid("size", "range", "must be between 1 and " + MAX_SIZE);
        }
        Subject subject = subject(Ref.parse("for", forText));
        requireReader(reader, subject);
        List<Feedback> ours = feedback.aboutSubject(subject.ref()).stream()
                .map(f -> new Feedback(f.userId(), f.companyId(), f.candidate(), f.verdict())).toList();
        Set<String> dismissed = new HashSet<>();
        ours.stream().filter(f -> f.userId().equals(reader.userId())
                        && f.verdict() == FeedbackStore.Verdict.NOT_RELEVANT)
                .forEach(f -> dismissed.add(f.candidate().toString()));
        List<FeedbackStore.Feedback> interestInSubject = feedback.interestIn(subject.ref());
        List<Uses.Use> relations = subject.isListing() ? resourceUse.usersOf(subject)
                : "company".equals(subject.ref().type()) ? resourceUse.resourcesFor(subject) : List.of();
        Map<String, ResourceUse.StatedNeed> stated = subject.isListing() ? resourceUse.statedNeeds(subject) : Map.of();
        LocalDate today = LocalDate.now(clock);
        List<Scored> scored = new ArrayList<>();
        for (Hit<Map> hit : candidates(subject, Math.min(150, size * 3 + dismissed.size()), null, relations,
                stated.keySet())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = hit.source() == null ? Map.of() : hit.source();
            Ref candidate = new Ref((String) source.getOrDefault("kind", "company"), UUID.fromString(hit.id()));
            if (dismissed.contains(candidate.toString()) || !qualifies(subject, candidate, source)) {
                continue;
            }
            boolean ourInterest = ours.stream().anyMatch(f -> f.candidate().equals(candidate)
                    && f.verdict() == FeedbackStore.Verdict.INTERESTED);
            boolean theirInterest = interestInSubject.stream().anyMatch(f -> f.subject().equals(candidate));
            double score = (hit.score() == null ? 0 : hit.score()) * (theirInterest ? ONE_SIDED : 1.0);
            List<Reasons.Reason> reasons = new ArrayList<>(Reasons.of(subject, source, taxonomy, regions));
            List<Reasons.Reason> use = new ArrayList<>(resourceUse.reasons(relations, source, subject));
            ResourceUse.StatedNeed need = stated.get(hit.id());
            if (need != null) {
                use.add(0, ResourceUse.statedNeedReason(need.overlapMonths(subject, today)));
            }
            if (!use.isEmpty()) {
                reasons.removeIf(r -> r.code().equals("text"));
                reasons.addAll(0, use);
            }
            if (theirInterest) {
                reasons.add(0, ourInterest ? Reasons.mutual() : Reasons.interestedInYou());
            }
            String verdict = ours.stream().filter(f -> f.userId().equals(reader.userId())
                    && f.candidate().equals(candidate)).map(f -> f.verdict().name()).findFirst().orElse(null);
            scored.add(new Scored(new Recommendation(candidate.type(), candidate.id().toString(),
                    ListingSearch.localized(source.get("name")), (String) source.get("company_id"),
                    "company".equals(candidate.type()) ? null : ListingSearch.localized(source.get("company_name")),
                    Math.round(score * 1000) / 1000.0, ourInterest && theirInterest, reasons, verdict), score));
        }
        // a match both sides said they want comes before every one-sided match, then by score
        scored.sort(Comparator.comparing((Scored s) -> s.recommendation().mutual()).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::score).reversed()));
        return new Recommendations(subject.ref().toString(), scored.stream().limit(size)
                .map(Scored::recommendation).toList());
    }

    /** A company that fits another one, with the reasons (see {@link #partnersAmong}). */
    @Serdeable
    public record Partner(UUID companyId, double score, List<Reasons.Reason> reasons) {
    }

    /**
     * Companies among {@code among} that fit what {@code companyId} seeks (taxonomy terms named in {@code seeks},
     * else its own technologies, plus the text of both), best first: recommended meetings at a trade fair.
     * The caller decides who may read them.
     */
    public List<Partner> partnersAmong(UUID companyId, @Nullable String seeks, Collection<UUID> among, int size) {
        if (among.isEmpty()) {
            return List.of();
        }
        Subject base = subject(new Ref("company", companyId));
        String wanted = seeks == null ? "" : seeks.strip();
        List<String> sought = taxonomy.mentions(wanted).stream().map(Taxonomy.Term::code).toList();
        Subject s = new Subject(base.ref(), base.companyId(), (wanted + " " + base.text()).strip(),
                sought.isEmpty() ? base.technologies() : sought, base.certifications(), false, base.regions(),
                base.country(), base.region());
        List<Partner> partners = new ArrayList<>();
        for (Hit<Map> hit : candidates(s, Math.min(MAX_SIZE, size), among, List.of(), Set.of())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = hit.source() == null ? Map.of() : hit.source();
            partners.add(new Partner(UUID.fromString(hit.id()), Math.round((hit.score() == null ? 0 : hit.score())
                    * 1000) / 1000.0, Reasons.of(s, source, taxonomy, regions)));
        }
        return partners;
    }

    public void feedback(Actor reader, String forText, String candidateText, String verdict) {
        Ref subject = Ref.parse("for", forText);
        Ref candidate = Ref.parse("candidate", candidateText);
        Subject about = subject(subject);
        requireReader(reader, about);
        switch (verdict == null ? "" : verdict) {
            case "INTERESTED", "NOT_RELEVANT" -> {
                if (!couldRecommend(about, candidate)) {
                    throw ApiException.invalid("candidate", "not_a_candidate", "is not a record that recommendations "
                            + "for " + subject + " could show");
                }
                feedback.set(reader.userId(), reader.companyId(), subject, candidate,
                        FeedbackStore.Verdict.valueOf(verdict));
            }
            case "NONE" -> feedback.clear(reader.userId(), subject, candidate);
            default -> throw ApiException.invalid("verdict", "unknown", "must be INTERESTED, NOT_RELEVANT or NONE");
        }
    }

    /**
     * The candidate kinds and visibility rules of {@link #candidates}: a need's are SMEs, a listing's are companies,
     * a company's are open needs and listings; never the subject's own company. Feedback is accepted only on those,
     * so "interested" signals cannot be forged onto arbitrary records.
     */
    private boolean couldRecommend(Subject subject, Ref candidate) {
        return switch (subject.ref().type()) {
            case "need" -> "company".equals(candidate.type()) && companies.summary(candidate.id())
                    .filter(c -> c.kind() == CompanyKind.SME && !c.id().equals(subject.companyId())).isPresent();
            case "capacity" -> "company".equals(candidate.type()) && companies.summary(candidate.id())
                    .filter(c -> !c.id().equals(subject.companyId())).isPresent();
            default -> switch (candidate.type()) {
                case "need" -> needs.row(candidate.id()).filter(n -> n.status() != Status.CLOSED
                        && !n.companyId().equals(subject.companyId())).isPresent();
                case "capacity" -> capacities.row(candidate.id()).filter(c -> c.status() != Status.CLOSED
                        && !c.availableTo().isBefore(LocalDate.now(clock)) && !c.companyId().equals(subject.companyId()))
                        .isPresent();
                default -> false;
            };
        };
    }

    private record Scored(Recommendation recommendation, double score) {
    }

    private record Feedback(UUID userId, UUID companyId, Ref candidate, FeedbackStore.Verdict verdict) {
    }

    /** Members see recommendations for their own company's records; staff for any. */
    private static void requireReader(Actor reader, Subject subject) {
        if (reader.role() == Role.COORDINATOR || reader.role() == Role.ORGANISER || reader.isAdmin()) {
            return;
        }
        if (!reader.isMemberOf(subject.companyId())) {
            throw Actor.forbidden("Recommendations are for the record's own company and for staff");
        }
    }

    private Subject subject(Ref ref) {
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
                        .filter(v -> !v.expired() && !"REJECTED".equals(v.verification()))
                        .map(CertificationView::standard).toList();
                yield new Subject(ref, c.id(), text(c.headlines(), c.descriptions()) + " " + String.join(" ",
                        c.freeTerms()), c.technologies(), held, false,
                        Stream.of(c.region(), c.country()).filter(v -> v != null).toList(), c.country(), c.region());
            }
        };
    }

    /**
     * A need needs suppliers; a company needs needs and listings; a listing needs users. {@code among}: when given,
     * only these companies are candidates (partners at an event). {@code relations}: the "used by" relations
     * between a listing and its users, or a company and the resources it would use. {@code statedUsers}: companies
     * whose open needs ask for what a listing offers.
     */
    @SuppressWarnings("rawtypes")
    private List<Hit<Map>> candidates(Subject s, int size, @Nullable Collection<UUID> among,
                                      List<Uses.Use> relations, Set<String> statedUsers) {
        List<String> targets = "company".equals(s.ref().type()) && among == null
                ? List.of(indexes.alias("needs"), indexes.alias("capacities"))
                : List.of(indexes.alias("companies"));
        BoolQuery.Builder fit = new BoolQuery.Builder().minimumShouldMatch("1");
        boolean opportunities = "company".equals(s.ref().type()) && among == null;
        if (s.isListing()) {
            resourceUse.userClauses(fit, s, relations, TEXT_FIELDS);
        } else if (opportunities) {
            resourceUse.resourceClauses(fit, relations);
            needClauses(fit, s);
        }
        for (String code : s.isListing() || opportunities ? List.<String>of() : s.technologies()) {
            fit.should(q -> q.term(t -> t.field("technologies").value(code).boost(3.0f)));
            taxonomy.term(code).ifPresent(term -> Stream.of(term.labels().ja(), term.labels().zh(), term.labels().en())
                    .filter(l -> l != null).forEach(label -> fit.should(q -> q.multiMatch(m -> m.query(label)
                            .fields(TEXT_FIELDS).type(TextQueryType.Phrase).boost(0.7f)))));
        }
        String text = s.text().length() > 1000 ? s.text().substring(0, 1000) : s.text();
        if (!text.isBlank() && !s.isListing() && !opportunities) {
            fit.should(q -> q.multiMatch(m -> m.query(text).fields(TEXT_FIELDS).type(TextQueryType.BestFields)
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
        query.mustNot(q -> q.term(t -> t.field("status").value("CLOSED")));
        query.mustNot(q -> q.range(r -> r.untyped(u -> u.field("available_to").lt(JsonData.of("now/d")))));
        // a company offering the same resource itself competes for the same users: lowered, not left out
        Query fitting = Query.of(q -> q.bool(query.build()));
        Query ranked = s.isListing() ? lowerCompetitors(s, fitting, relations)
                : "company".equals(s.ref().type()) && among == null ? lowerOwnResources(s, fitting, relations)
                : fitting;
        try {
            SearchResponse<Map> response = client.search(r -> r.index(targets).ignoreUnavailable(true)
                    .query(ranked).size(size), Map.class);
            return response.hits().hits();
        } catch (ElasticsearchException | IOException e) {
            throw ListingSearch.unavailable(e);
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
            taxonomy.term(code).ifPresent(term -> Stream.of(term.labels().ja(), term.labels().zh(), term.labels().en())
                    .filter(l -> l != null).forEach(label -> mentions.add(Query.of(q -> q.multiMatch(m -> m
                            .query(label).fields(TEXT_FIELDS).type(TextQueryType.Phrase))))));
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

    /** A need that requires certificates fits only companies that hold all of them. */
    @SuppressWarnings("unchecked")
    private static boolean qualifies(Subject subject, Ref candidate, Map<String, Object> source) {
        if ("company".equals(subject.ref().type()) && "need".equals(candidate.type())
                && Boolean.TRUE.equals(source.get("certifications_required"))) {
            List<String> wanted = (List<String>) source.getOrDefault("certifications", List.of());
            return subject.certifications().containsAll(wanted);
        }
        return true;
    }

    private static String text(Localized a, Localized b) {
        return Stream.of(a.ja(), a.zh(), a.en(), b.ja(), b.zh(), b.en()).filter(v -> v != null)
                .reduce((x, y) -> x + " " + y).orElse("");
    }
}
