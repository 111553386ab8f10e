package io.musubi.match;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.company.CompanyKind;
import io.musubi.company.CompanyService;
import io.musubi.opportunity.CapacityService;
import io.musubi.opportunity.NeedService;
import io.musubi.opportunity.Status;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import io.musubi.search.ListingDocument;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import io.musubi.taxonomy.Uses;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Ranked recommendations: suppliers for a need, needs and listings for a company, users for a listing. One
 * Elasticsearch query scores text relevance, taxonomy overlap, certificates (a filter when a need requires them),
 * region preference, SME class, designations and verification. A match both sides said they want ranks above every
 * one-sided match, and interest from the other side alone lifts a score by a fifth; each result carries its reasons
 * in ja, zh and en.
 */
@Singleton
public class MatchService {
    public static final int MAX_SIZE = 50;
    static final double ONE_SIDED = 1.2;

    private final Subjects subjects;
    private final Candidates candidates;
    private final CompanyService companies;
    private final NeedService needs;
    private final CapacityService capacities;
    private final FeedbackStore feedback;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final ResourceUse resourceUse;
    private final StatedNeeds statedNeeds;
    private final Clock clock;

    MatchService(Subjects subjects, Candidates candidates, CompanyService companies, NeedService needs,
                 CapacityService capacities, FeedbackStore feedback, Taxonomy taxonomy, Regions regions,
                 ResourceUse resourceUse, StatedNeeds statedNeeds, Clock clock) {
        this.subjects = subjects;
        this.candidates = candidates;
        this.companies = companies;
        this.needs = needs;
        this.capacities = capacities;
        this.feedback = feedback;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.resourceUse = resourceUse;
        this.statedNeeds = statedNeeds;
        this.clock = clock;
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
        Subject subject = subjects.of(Ref.parse("for", forText));
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
        Map<String, StatedNeeds.StatedNeed> stated = subject.isListing() ? statedNeeds.of(subject) : Map.of();
        LocalDate today = LocalDate.now(clock);
        List<Scored> scored = new ArrayList<>();
        for (Hit<ListingDocument> hit : candidates.find(subject, Math.min(150, size * 3 + dismissed.size()), null,
                relations, stated.keySet())) {
            ListingDocument source = hit.source() == null ? ListingDocument.NONE : hit.source();
            Ref candidate = new Ref(source.kindOrCompany(), UUID.fromString(hit.id()));
            if (dismissed.contains(candidate.toString()) || !qualifies(subject, candidate, source)) {
                continue;
            }
            boolean ourInterest = ours.stream().anyMatch(f -> f.candidate().equals(candidate)
                    && f.verdict() == FeedbackStore.Verdict.INTERESTED);
            boolean theirInterest = interestInSubject.stream().anyMatch(f -> f.subject().equals(candidate));
            double score = (hit.score() == null ? 0 : hit.score()) * (theirInterest ? ONE_SIDED : 1.0);
            List<Reasons.Reason> reasons = new ArrayList<>(Reasons.of(subject, source, taxonomy, regions));
            List<Reasons.Reason> use = new ArrayList<>(resourceUse.reasons(relations, source, subject));
            StatedNeeds.StatedNeed need = stated.get(hit.id());
            if (need != null) {
                use.add(0, StatedNeeds.reason(need.overlapMonths(subject, today)));
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
                    source.name(), source.companyId(), "company".equals(candidate.type()) ? null : source.companyName(),
                    Math.round(score * 1000) / 1000.0, ourInterest && theirInterest, reasons, verdict), score));
        }
        // a match both sides said they want comes before every one-sided match, then by score
        scored.sort(Comparator.comparing((Scored s) -> s.recommendation().mutual()).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::score).reversed()));
        return new Recommendations(subject.ref().toString(), scored.stream().limit(size)
                .map(Scored::recommendation).toList());
    }

    /**
     * The records that fit a subject best as the recommender ranks them for everyone (nobody's feedback), at most
     * {@code size}: the new-matches digest. A need's suppliers count only where a technology it asks for is theirs,
     * not for shared words alone.
     */
    List<Ref> bestFits(Ref ref, int size) {
        Subject subject = subjects.of(ref);
        List<Uses.Use> relations = subject.isListing() ? resourceUse.usersOf(subject)
                : "company".equals(ref.type()) ? resourceUse.resourcesFor(subject) : List.of();
        Set<String> stated = subject.isListing() ? statedNeeds.of(subject).keySet() : Set.of();
        List<Ref> fits = new ArrayList<>();
        for (Hit<ListingDocument> hit : candidates.find(subject, size, null, relations, stated)) {
            ListingDocument source = hit.source() == null ? ListingDocument.NONE : hit.source();
            Ref candidate = new Ref(source.kindOrCompany(), UUID.fromString(hit.id()));
            boolean fitting = qualifies(subject, candidate, source) && (!"need".equals(ref.type())
                    || Reasons.of(subject, source, taxonomy, regions).stream()
                    .anyMatch(r -> r.code().equals("technology")));
            if (fitting) {
                fits.add(candidate);
            }
        }
        return fits;
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
        Subject base = subjects.of(new Ref("company", companyId));
        String wanted = seeks == null ? "" : seeks.strip();
        List<String> sought = taxonomy.mentions(wanted).stream().map(Taxonomy.Term::code).toList();
        Subject s = new Subject(base.ref(), base.companyId(), (wanted + " " + base.text()).strip(),
                sought.isEmpty() ? base.technologies() : sought, base.certifications(), false, base.regions(),
                base.country(), base.region());
        List<Partner> partners = new ArrayList<>();
        for (Hit<ListingDocument> hit : candidates.find(s, Math.min(MAX_SIZE, size), among, List.of(), Set.of())) {
            ListingDocument source = hit.source() == null ? ListingDocument.NONE : hit.source();
            partners.add(new Partner(UUID.fromString(hit.id()), Math.round((hit.score() == null ? 0 : hit.score())
                    * 1000) / 1000.0, Reasons.of(s, source, taxonomy, regions)));
        }
        return partners;
    }

    public void feedback(Actor reader, String forText, String candidateText, String verdict) {
        Ref subject = Ref.parse("for", forText);
        Ref candidate = Ref.parse("candidate", candidateText);
        Subject about = subjects.of(subject);
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

    /** A need that requires certificates fits only companies that hold all of them. */
    private static boolean qualifies(Subject subject, Ref candidate, ListingDocument source) {
        if ("company".equals(subject.ref().type()) && "need".equals(candidate.type())
                && source.requiresCertifications()) {
            return subject.certifications().containsAll(source.certifications());
        }
        return true;
    }

}
