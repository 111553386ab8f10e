package io.musubi.introduction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.account.AccountService;
import io.musubi.company.CompanyService;
import io.musubi.opportunity.Need;
import io.musubi.opportunity.NeedService;
import io.musubi.platform.Strings;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Coordinators (and admins) introduce companies and record how it went; the two companies can read theirs. */
@Singleton
class IntroductionService {
    private final Clock clock;
    private final IntroductionRepository introductions;
    private final IntroductionEventRepository events;
    private final CompanyService companies;
    private final NeedService needs;
    private final AccountService accounts;
    private final IntroductionNotices notices;

    IntroductionService(IntroductionRepository introductions, IntroductionEventRepository events,
                        CompanyService companies, NeedService needs, AccountService accounts,
                        IntroductionNotices notices, Clock clock) {
        this.clock = clock;
        this.introductions = introductions;
        this.events = events;
        this.companies = companies;
        this.needs = needs;
        this.accounts = accounts;
        this.notices = notices;
    }

    /** {@code null} in a view where the company is the firm behind an anonymous need that has not agreed yet. */
    @Serdeable
    record CompanyRef(UUID id, Localized names) {
    }

    @Serdeable
    record NeedRef(UUID id, Localized titles) {
    }

    @Serdeable
    record Person(UUID id, String displayName) {
    }

    @Serdeable
    record Event(String status, @Nullable String note, Instant at, Person by) {
    }

    /**
     * {@code firmConsent}: PENDING, ACCEPTED or DECLINED when the introduction concerns an anonymous need, else null;
     * {@code mayAnswerConsent}: the reader is a member of that firm and it has not answered yet.
     */
    @Serdeable
    record View(UUID id, @Nullable CompanyRef companyA, @Nullable CompanyRef companyB, @Nullable NeedRef need,
                @Nullable String note, String status, @Nullable String firmConsent, boolean mayAnswerConsent,
                List<Event> history, Person coordinator, Instant createdAt, Instant updatedAt) {
    }

    @Transactional
    View introduce(Actor actor, IntroductionRequests.Create request) {
        actor.requireRole(Role.COORDINATOR, Role.ADMIN);
        if (request.companyA().equals(request.companyB())) {
            throw ApiException.invalid("companyB", "same", "must be another company than companyA");
        }
        company(request.companyA(), "companyA");
        company(request.companyB(), "companyB");
        boolean anonymous = false;
        if (request.needId() != null) {
            Need need = needs.row(request.needId()).orElseThrow(() -> ApiException.invalid("needId", "unknown",
                    "is not a need"));
            if (!need.companyId().equals(request.companyA()) && !need.companyId().equals(request.companyB())) {
                throw ApiException.invalid("needId", "unrelated", "belongs to neither company");
            }
            anonymous = need.anonymous();
        }
        Instant now = now();
        Introduction saved = introductions.save(new Introduction(UUID.randomUUID(), actor.userId(),
                request.companyA(), request.companyB(), request.needId(), Strings.blankToNull(request.note()),
                Introduction.Status.INTRODUCED, anonymous ? Introduction.Consent.PENDING : null, now, now));
        events.save(new IntroductionEvent(UUID.randomUUID(), saved.id(), Introduction.Status.INTRODUCED,
                Strings.blankToNull(request.note()), actor.userId(), now));
        notices.made(saved);
        return view(saved, actor);
    }

    @Transactional
    View changeStatus(Actor actor, UUID id, IntroductionRequests.StatusChange request) {
        actor.requireRole(Role.COORDINATOR, Role.ADMIN);
        Introduction existing = introductions.findById(id).orElseThrow(() -> ApiException.notFound("Introduction "
                + id));
        if (!actor.isAdmin() && !existing.coordinatorId().equals(actor.userId())) {
            throw Actor.forbidden("Only the coordinator who made the introduction follows it up");
        }
        Instant now = now();
        Introduction changed = introductions.update(existing.withStatus(request.status(), now));
        IntroductionEvent step = events.save(new IntroductionEvent(UUID.randomUUID(), id, request.status(),
                Strings.blankToNull(request.note()), actor.userId(), now));
        notices.statusChanged(changed, step);
        return view(changed, actor);
    }

    /** The firm behind the anonymous need answers; only then (if it accepts) is it named to the other company. */
    @Transactional
    View answerConsent(Actor actor, UUID id, boolean accept) {
        Introduction existing = introductions.findById(id).orElseThrow(() -> ApiException.notFound("Introduction "
                + id));
        UUID firm = firm(existing).orElseThrow(() -> ApiException.conflict("This introduction needs no consent",
                "accept", "not_needed", "it does not concern an anonymous need"));
        if (!actor.isMemberOf(firm)) {
            throw Actor.forbidden("Only members of the firm behind the need answer for it");
        }
        if (existing.firmConsent() != Introduction.Consent.PENDING) {
            throw ApiException.conflict("The firm has answered already", "accept", "answered",
                    "the answer was " + existing.firmConsent());
        }
        return view(introductions.update(existing.withConsent(accept ? Introduction.Consent.ACCEPTED
                : Introduction.Consent.DECLINED, now())), actor);
    }

    @Transactional(readOnly = true)
    List<View> list(Actor actor) {
        List<Introduction> rows = switch (actor.role()) {
            case ADMIN -> introductions.latest();
            case COORDINATOR -> introductions.findByCoordinatorIdOrderByUpdatedAtDesc(actor.userId());
            case SME_MEMBER, LARGE_FIRM_MEMBER -> introductions.involving(actor.requireCompany());
            default -> throw Actor.forbidden("Introductions are for coordinators and the companies introduced");
        };
        return rows.stream().map(i -> view(i, actor)).toList();
    }

    private void company(UUID id, String field) {
        if (companies.summary(id).isEmpty()) {
            throw ApiException.invalid(field, "unknown", "is not a company");
        }
    }

    /** The firm behind the anonymous need an introduction concerns, when it does. */
    private java.util.Optional<UUID> firm(Introduction i) {
        if (i.firmConsent() == null || i.needId() == null) {
            return java.util.Optional.empty();
        }
        return needs.row(i.needId()).map(Need::companyId);
    }

    private View view(Introduction i, Actor reader) {
        UUID firm = firm(i).orElse(null);
        boolean firmHidden = firm != null && i.firmConsent() != Introduction.Consent.ACCEPTED
                && reader.role().isMember() && !reader.isMemberOf(firm);
        List<IntroductionEvent> history = events.findByIntroductionIdOrderByAt(i.id());
        Map<UUID, String> names = accounts.displayNames(history.stream().map(IntroductionEvent::byUserId)
                .collect(java.util.stream.Collectors.toSet()).stream().toList());
        Map<UUID, String> coordinator = accounts.displayNames(List.of(i.coordinatorId()));
        return new View(i.id(), firmHidden && i.companyA().equals(firm) ? null : ref(i.companyA()),
                firmHidden && i.companyB().equals(firm) ? null : ref(i.companyB()),
                i.needId() == null ? null : needs.row(i.needId()).map(n -> new NeedRef(n.id(), n.titles()))
                        .orElse(null), i.note(), i.status().name(),
                i.firmConsent() == null ? null : i.firmConsent().name(),
                firm != null && i.firmConsent() == Introduction.Consent.PENDING && reader.isMemberOf(firm),
                history.stream().map(e -> new Event(e.status().name(), e.note(), e.at(),
                        new Person(e.byUserId(), names.getOrDefault(e.byUserId(), "")))).toList(),
                new Person(i.coordinatorId(), coordinator.getOrDefault(i.coordinatorId(), "")), i.createdAt(),
                i.updatedAt());
    }

    private CompanyRef ref(UUID company) {
        return new CompanyRef(company, companies.summary(company).map(CompanyService.Summary::names)
                .orElse(Localized.EMPTY));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
